package io.certdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.RenewalStatus.Phase;

/**
 * The renewal planner: the certificates whose renewal window is open, or opens within {@link #days()} days of
 * {@link #today()}, grouped by the date to act on. A window opens {@code windowDays} before expiry (the workspace's
 * renewal window); an entry whose window is already open, or whose certificate has expired, is due {@link #today()}.
 * Dates are calendar days in the plan's time zone; "within N days" means the window opens on or before
 * {@code today + N}.
 *
 * @param today      the day the plan was made, in {@link #zone()}
 * @param zone       the time zone of the dates
 * @param days       how far ahead the plan looks (1 to 366 days)
 * @param windowDays the workspace's renewal window in days before expiry
 * @param dates      the dates with entries due, earliest first, each date once
 */
public record RenewalPlan(LocalDate today, ZoneId zone, int days, int windowDays, List<Due> dates) {

    /** The longest look-ahead, in days. */
    public static final int MAX_DAYS = 366;

    /**
     * One entry in the plan.
     *
     * @param entryId           the workspace's id of the entry
     * @param name              the holder's name as in the roster
     * @param groupId           the portal group ID
     * @param certificateNumber the portal certificate number
     * @param expiry            the certificate's notAfter
     * @param windowOpens       the instant the renewal window opens (expiry minus the window days)
     * @param phase             {@link Phase#RENEWAL_OPEN} when already open, {@link Phase#EXPIRED} once expired (only
     *                          a re-issue helps), else {@link Phase#VALID} (opens on the item's date)
     */
    public record Item(long entryId, String name, String groupId, String certificateNumber, Instant expiry,
            Instant windowOpens, Phase phase) {

        public Item {
            Objects.requireNonNull(groupId, "groupId"); //$NON-NLS-1$
            Objects.requireNonNull(certificateNumber, "certificateNumber"); //$NON-NLS-1$
            Objects.requireNonNull(expiry, "expiry"); //$NON-NLS-1$
            Objects.requireNonNull(windowOpens, "windowOpens"); //$NON-NLS-1$
            Objects.requireNonNull(phase, "phase"); //$NON-NLS-1$
            name = name == null ? "" : name; //$NON-NLS-1$
        }

        /** Whether the certificate can still be renewed (not expired). */
        public boolean renewable() {
            return phase != Phase.EXPIRED;
        }
    }

    /**
     * The entries due on one date, soonest expiry first.
     *
     * @param date    the day the renewal windows open (or today for those already open or expired)
     * @param entries the entries due that day
     */
    public record Due(LocalDate date, List<Item> entries) {

        public Due {
            Objects.requireNonNull(date, "date"); //$NON-NLS-1$
            entries = List.copyOf(entries);
        }
    }

    public RenewalPlan {
        Objects.requireNonNull(today, "today"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        checkDays(days);
        dates = List.copyOf(dates);
    }

    /** Every entry of the plan, date by date. */
    public List<Item> entries() {
        return dates.stream().flatMap(d -> d.entries().stream()).toList();
    }

    /** Whether nothing is due. */
    public boolean isEmpty() {
        return dates.isEmpty();
    }

    /**
     * Builds a plan from the workspace's renewal status ({@link WorkspaceStatus#renewals()}).
     *
     * @param renewals   the certificates and their renewal phase
     * @param windowDays the renewal window in days before expiry
     * @param now        the current time (the phase is taken at this instant)
     * @param zone       the time zone of the dates
     * @param days       how far ahead to look, 1 to {@value #MAX_DAYS}
     * @throws IllegalArgumentException when {@code days} is out of range
     */
    public static RenewalPlan of(List<RenewalStatus> renewals, int windowDays, Instant now, ZoneId zone, int days) {
        Objects.requireNonNull(renewals, "renewals"); //$NON-NLS-1$
        Objects.requireNonNull(now, "now"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        checkDays(days);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate last = today.plusDays(days);
        Map<LocalDate, List<Item>> byDate = new TreeMap<>();
        for (RenewalStatus renewal : renewals) {
            Instant expiry = renewal.certificate().notAfter();
            Instant opens = expiry.minus(Duration.ofDays(windowDays));
            Phase phase = now.isAfter(expiry) ? Phase.EXPIRED : now.isBefore(opens) ? Phase.VALID : Phase.RENEWAL_OPEN;
            LocalDate date = phase == Phase.VALID ? LocalDate.ofInstant(opens, zone) : today;
            if (date.isAfter(last)) {
                continue;
            }
            byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(new Item(renewal.entry().id(), renewal.entry().name(),
                    renewal.entry().groupId(), renewal.entry().certificateNumber(), expiry, opens, phase));
        }
        List<Due> dates = new ArrayList<>();
        byDate.forEach((date, items) -> {
            items.sort(Comparator.comparing(Item::expiry).thenComparing(Item::certificateNumber));
            dates.add(new Due(date, items));
        });
        return new RenewalPlan(today, zone, days, windowDays, dates);
    }

    private static void checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("The planner looks 1 to " + MAX_DAYS + " days ahead, not " + days); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}

package io.certdesk.ui.internal.entries;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.ui.internal.Messages;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.ui.internal.prefs.Dates;
import org.eclipse.osgi.util.NLS;

/**
 * One table row: an entry with its texts per {@link EntryColumn}. The deadline's countdown and the row's
 * {@link Risk} depend on the time and are recomputed by {@link #update(Instant)}; everything else is fixed.
 */
public final class EntryRow {


    private final Entry entry;
    private final boolean inWindow;
    private final boolean atRisk;
    private final boolean renewalOpen;
    private final boolean unknownSend;
    private boolean expired;
    private boolean passwordPending;
    private Duration margin = Duration.ZERO;
    private final String[] texts = new String[EntryColumn.values().length];
    private final String deadlineTime;
    private Risk risk = Risk.NONE;
    private String haystack = ""; //$NON-NLS-1$

    /**
     * @param inWindow    the job service lists the entry in the 24-hour window (downloaded, unfinished)
     * @param atRisk      the job service marks it at risk
     * @param renewalOpen its certificate's renewal window is open
     * @param unknownSend a send to its user has an unknown outcome
     */
    public EntryRow(Entry entry, boolean inWindow, boolean atRisk, boolean renewalOpen, boolean unknownSend,
            ZoneId zone) {
        this.entry = entry;
        this.inWindow = inWindow;
        this.atRisk = atRisk;
        this.renewalOpen = renewalOpen;
        this.unknownSend = unknownSend;
        texts[EntryColumn.NAME.ordinal()] = text(entry.name());
        texts[EntryColumn.DEPARTMENT.ordinal()] = text(entry.department());
        texts[EntryColumn.EMAIL.ordinal()] = text(entry.email());
        texts[EntryColumn.GROUP.ordinal()] = entry.groupId();
        texts[EntryColumn.CERTIFICATE.ordinal()] = entry.certificateNumber();
        texts[EntryColumn.FIRST_DOWNLOAD.ordinal()] = entry.firstDownloadAt().map(t -> Dates.minutes(t, zone))
                .orElse(""); //$NON-NLS-1$
        texts[EntryColumn.EXPIRY.ordinal()] = entry.certificate().map(CertificateInfo::notAfter)
                .map(t -> Dates.day(t, zone)).orElse(""); //$NON-NLS-1$
        texts[EntryColumn.ERROR.ordinal()] = entry.errorCode().map(c -> Integer.toString(c.code())).orElse(""); //$NON-NLS-1$
        deadlineTime = entry.downloadDeadline().map(t -> Dates.minutes(t, zone)).orElse(""); //$NON-NLS-1$
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    /** Recomputes the countdown, the risk and the texts that show them for the time {@code now}. */
    public void update(Instant now) {
        Optional<Duration> left = inWindow || entry.state() == EntryState.WINDOW_PASSED
                ? entry.downloadDeadline().map(deadline -> Duration.between(now, deadline))
                : Optional.empty();
        risk = risk(left);
        String deadline = deadlineTime;
        if (left.isPresent()) {
            deadline = NLS.bind(Messages.deadlineWithCountdown, deadlineTime, Countdown.text(left.get()));
        }
        texts[EntryColumn.DEADLINE.ordinal()] = deadline;
        String state = States.text(entry.state());
        if (risk == Risk.AT_RISK || risk == Risk.UNDER_HOUR) {
            state = NLS.bind(Messages.stateWithRisk, state, States.text(risk));
        } else if (risk == Risk.WINDOW_PASSED && entry.state() != EntryState.WINDOW_PASSED) {
            state = NLS.bind(Messages.stateWithRisk, state, States.text(risk));
        }
        texts[EntryColumn.STATE.ordinal()] = state;
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            all.append(text).append('\n');
        }
        haystack = all.toString().toLowerCase(Locale.ROOT);
    }

    private Risk risk(Optional<Duration> left) {
        return switch (entry.state()) {
            case FAILED -> Risk.FAILED;
            case WINDOW_PASSED -> Risk.WINDOW_PASSED;
            case SUPERSEDED -> Risk.SUPERSEDED;
            default -> {
                if (left.isPresent() && (left.get().isNegative() || left.get().isZero())) {
                    yield Risk.WINDOW_PASSED;
                }
                if (left.isPresent() && Countdown.lastHour(left.get())) {
                    yield Risk.UNDER_HOUR;
                }
                boolean withinMargin = inWindow && left.isPresent() && left.get().compareTo(margin) <= 0;
                yield atRisk || withinMargin ? Risk.AT_RISK : Risk.NONE;
            }
        };
    }

    public Entry entry() {
        return entry;
    }

    public Risk risk() {
        return risk;
    }

    public String text(EntryColumn column) {
        return texts[column.ordinal()];
    }

    public boolean renewalOpen() {
        return renewalOpen;
    }

    public boolean unknownSend() {
        return unknownSend;
    }

    /**
     * Marks what the status says beyond the entry: its certificate expired, its password still to go, and the
     * workspace's at-risk margin, under which the countdown itself makes the row at risk (between two readings of the
     * status, at every tick).
     */
    public void mark(boolean certificateExpired, boolean passwordStillToGo, Duration riskMargin) {
        this.expired = certificateExpired;
        this.passwordPending = passwordStillToGo;
        this.margin = riskMargin;
    }

    /** Its certificate has expired (re-issue, not renewal). */
    public boolean expired() {
        return expired;
    }

    /** Its file was delivered and its password not yet. */
    public boolean passwordPending() {
        return passwordPending;
    }

    /** Whether every word of the (lower-case) filter occurs in one of the row's texts. */
    public boolean matches(String[] words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

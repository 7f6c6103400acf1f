package io.certdesk.workspace.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.WindowStatus;

/** The 24-hour window and renewal views, computed from entries at an instant (no state of their own). */
public final class Reports {

    private static final Set<EntryState> UNFINISHED = EnumSet.of(EntryState.IMPORTED, EntryState.DOWNLOADED,
            EntryState.VERIFIED, EntryState.FAILED);
    private static final Set<EntryState> NOT_RENEWABLE = EnumSet.of(EntryState.SUPERSEDED, EntryState.WINDOW_PASSED);

    private Reports() {
    }

    /**
     * Entries downloaded but not yet exported, by deadline. At risk: downloaded but not yet verified and exported
     * (DOWNLOADED, VERIFIED, or FAILED after the download) with less than {@code margin} left.
     */
    public static List<WindowStatus> window(List<Entry> entries, Instant now, Duration margin) {
        List<WindowStatus> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.firstDownloadAt().isEmpty() || !UNFINISHED.contains(entry.state())) {
                continue;
            }
            Instant first = entry.firstDownloadAt().get();
            Instant deadline = first.plus(io.certdesk.workspace.Workspace.DOWNLOAD_WINDOW);
            Duration left = Duration.between(now, deadline);
            boolean downloaded = entry.state() == EntryState.DOWNLOADED || entry.state() == EntryState.VERIFIED
                    || (entry.state() == EntryState.FAILED && entry.failedFrom().filter(s -> s != EntryState.IMPORTED).isPresent());
            boolean atRisk = downloaded && left.compareTo(margin) < 0;
            result.add(new WindowStatus(entry, first, deadline, left, atRisk));
        }
        result.sort(Comparator.comparing(WindowStatus::deadline));
        return result;
    }

    /** Verified certificates against a renewal window of {@code windowDays}, soonest expiry first. */
    public static List<RenewalStatus> renewals(List<Entry> entries, Instant now, int windowDays) {
        List<RenewalStatus> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.certificate().isEmpty() || NOT_RENEWABLE.contains(entry.state())) {
                continue;
            }
            CertificateInfo certificate = entry.certificate().get();
            long daysLeft = Math.floorDiv(Duration.between(now, certificate.notAfter()).toSeconds(), Duration.ofDays(1).toSeconds());
            RenewalStatus.Phase phase;
            if (now.isAfter(certificate.notAfter())) {
                phase = RenewalStatus.Phase.EXPIRED;
            } else if (!now.isBefore(certificate.notAfter().minus(Duration.ofDays(windowDays)))) {
                phase = RenewalStatus.Phase.RENEWAL_OPEN;
            } else {
                phase = RenewalStatus.Phase.VALID;
            }
            result.add(new RenewalStatus(entry, certificate, daysLeft, phase));
        }
        result.sort(Comparator.comparing((RenewalStatus r) -> r.certificate().notAfter()));
        return result;
    }
}

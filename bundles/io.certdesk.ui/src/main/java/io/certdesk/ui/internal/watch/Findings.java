package io.certdesk.ui.internal.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.WindowStatus;

/**
 * What a workspace status shows at a moment, kind by kind (only kinds with at least one entry). A 24-hour window is
 * closing once it is at risk (less than the workspace's margin left, before the export): level 1; under the first
 * warning time of the preferences: level 2; under the second: level 3.
 */
public final class Findings {

    private Findings() {
    }

    public static List<Finding> of(WorkspaceStatus status, Instant now, WatchSettings settings) {
        List<Finding> found = new ArrayList<>();
        int closing = 0;
        int level = 0;
        Optional<Instant> nextClose = Optional.empty();
        Set<Long> passed = new HashSet<>();
        for (Entry entry : status.entries()) {
            if (entry.state() == EntryState.WINDOW_PASSED) {
                passed.add(Long.valueOf(entry.id()));
            }
        }
        for (WindowStatus window : status.window()) {
            Duration left = Duration.between(now, window.deadline());
            if (left.isNegative() || left.isZero()) {
                passed.add(Long.valueOf(window.entry().id())); // passed before the next run could mark it
            } else if (window.atRisk() || left.compareTo(status.settings().windowMargin()) <= 0
                    || left.compareTo(settings.firstWarning()) <= 0) {
                closing++;
                level = Math.max(level, left.compareTo(settings.secondWarning()) <= 0 ? 3
                        : left.compareTo(settings.firstWarning()) <= 0 ? 2 : 1);
                nextClose = earlier(nextClose, window.deadline());
            }
        }
        if (closing > 0) {
            found.add(new Finding(WatchKind.CLOSING, closing, level, nextClose));
        }
        if (!passed.isEmpty()) {
            found.add(new Finding(WatchKind.PASSED, passed.size(), 1, Optional.empty()));
        }
        int open = 0;
        int expired = 0;
        Optional<Instant> nextExpiry = Optional.empty();
        for (RenewalStatus renewal : status.renewals()) {
            if (renewal.phase() == RenewalStatus.Phase.RENEWAL_OPEN) {
                open++;
                nextExpiry = earlier(nextExpiry, renewal.certificate().notAfter());
            } else if (renewal.phase() == RenewalStatus.Phase.EXPIRED) {
                expired++;
            }
        }
        if (open > 0) {
            found.add(new Finding(WatchKind.RENEWAL_OPEN, open, 1, nextExpiry));
        }
        if (expired > 0) {
            found.add(new Finding(WatchKind.EXPIRED, expired, 1, Optional.empty()));
        }
        long unknown = status.unknownSends().stream().map(DeliveryResult::entryId).distinct().count();
        if (unknown > 0) {
            found.add(new Finding(WatchKind.UNKNOWN_SENDS, (int) unknown, 1, Optional.empty()));
        }
        if (!status.passwordsPending().isEmpty()) {
            found.add(new Finding(WatchKind.PASSWORDS_PENDING, status.passwordsPending().size(), 1, Optional.empty()));
        }
        return found;
    }

    /**
     * When the findings next change by the clock alone: the earliest moment after {@code now} at which a window
     * crosses the first or second warning time or closes.
     */
    public static Optional<Instant> nextChange(WorkspaceStatus status, Instant now, WatchSettings settings) {
        Optional<Instant> next = Optional.empty();
        for (WindowStatus window : status.window()) {
            for (Instant moment : new Instant[] { window.deadline().minus(status.settings().windowMargin()),
                    window.deadline().minus(settings.firstWarning()),
                    window.deadline().minus(settings.secondWarning()), window.deadline() }) {
                if (moment.isAfter(now)) {
                    next = earlier(next, moment);
                }
            }
        }
        return next;
    }

    private static Optional<Instant> earlier(Optional<Instant> so, Instant candidate) {
        return so.isPresent() && so.get().isBefore(candidate) ? so : Optional.of(candidate);
    }
}

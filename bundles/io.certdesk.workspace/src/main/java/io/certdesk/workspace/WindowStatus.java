package io.certdesk.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an entry stands in the portal's 24-hour re-download window.
 *
 * @param deadline first download + 24 hours
 * @param left time until the deadline (negative once passed)
 * @param atRisk downloaded but not yet verified and exported, with less than the workspace's margin left
 */
public record WindowStatus(Entry entry, Instant firstDownloadAt, Instant deadline, Duration left, boolean atRisk) {

    public WindowStatus {
        Objects.requireNonNull(entry, "entry"); //$NON-NLS-1$
        Objects.requireNonNull(firstDownloadAt, "firstDownloadAt"); //$NON-NLS-1$
        Objects.requireNonNull(deadline, "deadline"); //$NON-NLS-1$
        Objects.requireNonNull(left, "left"); //$NON-NLS-1$
    }

    /** Whether the portal still allows a re-download. */
    public boolean open() {
        return !left.isNegative() && !left.isZero();
    }
}

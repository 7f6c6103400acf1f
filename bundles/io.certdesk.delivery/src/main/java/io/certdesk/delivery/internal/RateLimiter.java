package io.certdesk.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces messages evenly: at most {@code perMinute} messages in any minute, one every 60/perMinute seconds.
 * It only computes when the next message may go; the batch waits with its sleeper.
 */
public final class RateLimiter {

    private final Clock clock;
    private final Duration spacing;
    private Instant last;

    public RateLimiter(Clock clock, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per minute"); //$NON-NLS-1$
        }
        this.clock = clock;
        this.spacing = Duration.ofMinutes(1).dividedBy(perMinute);
    }

    /** When the next message may be sent (now or later). */
    public Instant nextAllowed() {
        Instant now = clock.instant();
        if (last == null) {
            return now;
        }
        Instant next = last.plus(spacing);
        return next.isAfter(now) ? next : now;
    }

    /** A message is being sent now. */
    public void record() {
        last = clock.instant();
    }
}

package io.certdesk.delivery;

import java.time.Duration;

/** Waits between messages (rate limit, retry back-off, password-mail delay); tests pass a virtual clock. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for the duration (returns at once for zero or negative durations). */
    void sleep(Duration duration) throws InterruptedException;

    /** Thread.sleep. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}

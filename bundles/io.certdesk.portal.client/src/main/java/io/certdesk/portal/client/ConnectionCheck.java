package io.certdesk.portal.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * Whether the portal could be reached: a TLS connection to its base URL (through the configured proxy) that ended in
 * an HTTP answer, whatever its status. Failure is expected, so it is a value.
 *
 * @param failure the catalogue code when the portal was not reached; empty when it was
 * @param detail  what was seen (the HTTP status, or the exception's type and message); never a secret
 * @param elapsed the time the check took
 */
public record ConnectionCheck(Optional<ErrorCode> failure, String detail, Duration elapsed) {

    public ConnectionCheck {
        Objects.requireNonNull(failure, "failure"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        Objects.requireNonNull(elapsed, "elapsed"); //$NON-NLS-1$
    }

    /** Whether the portal answered. */
    public boolean reached() {
        return failure.isEmpty();
    }
}

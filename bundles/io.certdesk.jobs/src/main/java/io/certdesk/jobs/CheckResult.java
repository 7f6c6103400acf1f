package io.certdesk.jobs;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * The outcome of a settings check (Test connection, Test proxy, Send a test mail): success with what was seen, or
 * the catalogue code whose message, cause and remedy the faces show in the user's language. Never a secret.
 *
 * @param failure the catalogue code when the check failed; empty on success
 * @param detail  what exactly was seen (the portal's HTTP status, the mail server's reply, the exception's message)
 */
public record CheckResult(Optional<ErrorCode> failure, String detail) {

    public CheckResult {
        Objects.requireNonNull(failure, "failure"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
    }

    public static CheckResult success(String detail) {
        return new CheckResult(Optional.empty(), detail);
    }

    public static CheckResult failed(ErrorCode code, String detail) {
        return new CheckResult(Optional.of(code), detail);
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}

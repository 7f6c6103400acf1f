package io.certdesk.portal.client;

import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * A portal profile, a CA file or the client's set-up is unusable. Carries the catalogue code; the message
 * names the file and entry and never holds a secret. Download failures are values
 * ({@link DownloadResult.Failure}), not exceptions.
 */
public final class PortalClientException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public PortalClientException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public PortalClientException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause); //$NON-NLS-1$
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
    }

    public ErrorCode code() {
        return code;
    }
}

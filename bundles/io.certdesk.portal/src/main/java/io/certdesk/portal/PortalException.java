package io.certdesk.portal;

import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * The reference portal could not provision or serve: its data folder, a file in it, or its network set-up
 * failed. Carries the catalogue code; the message names the file or setting and never holds a secret.
 */
public final class PortalException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public PortalException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public PortalException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause); //$NON-NLS-1$
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
    }

    public ErrorCode code() {
        return code;
    }
}

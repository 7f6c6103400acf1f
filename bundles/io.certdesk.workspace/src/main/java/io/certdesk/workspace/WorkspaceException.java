package io.certdesk.workspace;

import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * The workspace could not do what was asked: it cannot be opened or written, the passphrase is wrong, a stored
 * copy is damaged, a move is not part of the life cycle. Carries the catalogue code; the message names the
 * workspace, file or entry and what to do, and never contains a secret.
 */
public final class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public WorkspaceException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public WorkspaceException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause); //$NON-NLS-1$
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
    }

    public ErrorCode code() {
        return code;
    }
}

package io.certdesk.core.secrets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret could not be read. The message is for logs and never holds the secret; callers turn {@link #reason()}
 * into their own translated message and error code.
 */
public final class SecretReadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The secret file does not exist. */
        FILE_MISSING,
        /** The secret file exists but cannot be read. */
        FILE_UNREADABLE,
        /** The secret file is not UTF-8 text. */
        FILE_NOT_UTF8,
        /** The secret file is larger than {@link SecretReader#MAX_FILE_BYTES}. */
        FILE_TOO_LARGE,
        /** The secret (the file's first line, or what was typed) is empty. */
        EMPTY,
        /** There is no terminal to ask on. */
        NO_TERMINAL,
        /** The two entries typed on the terminal differ. */
        MISMATCH
    }

    private final Reason reason;
    private final transient Path file;

    SecretReadException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The secret file, when the secret came from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}

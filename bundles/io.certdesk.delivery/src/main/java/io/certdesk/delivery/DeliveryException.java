package io.certdesk.delivery;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A delivery step failed. Carries the catalogue {@link ErrorCode} and what it is about (an entry's row,
 * a setting, a file); the message names it, says what went wrong and what to do, and never contains a
 * password.
 */
public final class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String subject;
    private final String detail;

    public DeliveryException(ErrorCode code, String subject, String detail) {
        this(code, subject, detail, null);
    }

    public DeliveryException(ErrorCode code, String subject, String detail, Throwable cause) {
        super(format(code, subject, detail), cause);
        this.code = code;
        this.subject = subject;
        this.detail = detail;
    }

    private static String format(ErrorCode code, String subject, String detail) {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        Objects.requireNonNull(subject, "subject"); //$NON-NLS-1$
        String what = detail == null || detail.isBlank() ? code.message()
                : NLS.bind(Messages.exceptionWithDetail, code.message(), detail);
        return NLS.bind(Messages.exceptionFormat, new Object[] { subject, Integer.toString(code.code()), what,
                code.remedy() });
    }

    /** The catalogue code. */
    public ErrorCode code() {
        return code;
    }

    /** What the error is about: an entry's row, a setting or a file. */
    public String subject() {
        return subject;
    }

    /** What exactly was found, when known (never secret). */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}

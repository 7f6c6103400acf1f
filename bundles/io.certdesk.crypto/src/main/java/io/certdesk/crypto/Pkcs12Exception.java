package io.certdesk.crypto;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A PKCS#12 file could not be read, checked or written. Carries the catalogue {@link ErrorCode}, the
 * file (or entry) it is about, and an optional detail. The message names the file, the code, what went
 * wrong and what to do; it never contains a password or key material.
 */
public final class Pkcs12Exception extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String source;
    private final String detail;

    public Pkcs12Exception(ErrorCode code, String source, String detail) {
        this(code, source, detail, null);
    }

    public Pkcs12Exception(ErrorCode code, String source, String detail, Throwable cause) {
        super(format(code, source, detail), cause);
        this.code = code;
        this.source = source;
        this.detail = detail;
    }

    private static String format(ErrorCode code, String source, String detail) {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        String what = detail == null || detail.isBlank() ? code.message()
                : NLS.bind(Messages.exceptionWithDetail, code.message(), detail);
        return NLS.bind(Messages.exceptionFormat, new Object[] { source, Integer.toString(code.code()), what,
                code.remedy() });
    }

    /** The catalogue code. */
    public ErrorCode code() {
        return code;
    }

    /** The file or entry the error is about, as given by the caller (usually the file name). */
    public String source() {
        return source;
    }

    /** What exactly was found, when known (never secret). */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}

package io.certdesk.cli.internal.fetch;

import java.io.PrintWriter;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import org.eclipse.osgi.util.NLS;

/** Prints a catalogue entry: code, message, detail, cause and what to do. */
final class ErrorReport {

    private ErrorReport() {
    }

    static void print(PrintWriter err, ErrorCode code, String subject, String detail, Locale locale) {
        err.println(NLS.bind(Messages.errorLine, new Object[] { subject, Integer.toString(code.code()), code.message(locale) }));
        if (detail != null && !detail.isBlank()) {
            err.println(NLS.bind(Messages.errorDetail, detail));
        }
        err.println(NLS.bind(Messages.errorCause, code.cause(locale)));
        err.println(NLS.bind(Messages.errorRemedy, code.remedy(locale)));
        err.flush();
    }
}

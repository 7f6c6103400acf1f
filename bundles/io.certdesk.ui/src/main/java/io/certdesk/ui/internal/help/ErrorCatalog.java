package io.certdesk.ui.internal.help;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;

/**
 * The error catalogue as the Error Codes dialog searches it: every code with its message, cause and remedy in the
 * user's language. A search matches the code's number or words of its texts; full-width letters and digits typed
 * with a Japanese input method match their ASCII forms (NFKC), case is ignored.
 */
public final class ErrorCatalog {

    private ErrorCatalog() {
    }

    /** The codes matching every word of {@code query} (all codes for a blank query), in catalogue order. */
    public static List<ErrorCode> search(String query) {
        String[] words = normal(query).split("\\s+"); //$NON-NLS-1$
        return Arrays.stream(ErrorCode.values()).filter(code -> {
            String text = haystack(code);
            return Arrays.stream(words).allMatch(text::contains);
        }).toList();
    }

    /** What the details box shows for a code: message, then cause and remedy. */
    public static String details(ErrorCode code) {
        return org.eclipse.osgi.util.NLS.bind(Messages.details, new Object[] { Integer.toString(code.code()),
                code.message(), code.cause(), code.remedy() });
    }

    private static String haystack(ErrorCode code) {
        return normal(code.code() + " " + code.message() + " " + code.cause() + " " + code.remedy()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip(); //$NON-NLS-1$
    }
}

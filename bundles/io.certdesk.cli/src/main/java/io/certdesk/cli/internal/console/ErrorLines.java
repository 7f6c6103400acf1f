package io.certdesk.cli.internal.console;

import java.util.regex.Pattern;

import io.certdesk.core.errors.ErrorCode;
import org.eclipse.osgi.util.NLS;

/**
 * One error line: {@code [code] message What to do: remedy}, each part once. Engine messages often are whole lines
 * already ("subject: [code] message (detail) What to do: remedy"); their own code and remedy are taken out first.
 */
public final class ErrorLines {

    private ErrorLines() {
    }

    /** {@code [code] message What to do: remedy}. */
    public static String line(ErrorCode code, String message) {
        String own = withoutCodeAndRemedy(code, message == null ? "" : message); //$NON-NLS-1$
        return NLS.bind(Messages.failure, new Object[] { Integer.toString(code.code()),
                own.isEmpty() ? code.message() : own, code.remedy() });
    }

    /** The text without its {@code [code]} marks and without a trailing "What to do: remedy" of the same code. */
    public static String withoutCodeAndRemedy(ErrorCode code, String text) {
        String marker = "[" + code.code() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        return text.replace(marker + " ", "").replace(marker, "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .replaceFirst("\\s*(What to do|\u5bfe\u51e6)\\s*[:\uff1a]\\s*" + Pattern.quote(code.remedy()) + "\\s*$", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .strip();
    }
}

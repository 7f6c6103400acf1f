package io.certdesk.core.internal.errors;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up the catalogue texts of an error code. The default locale goes through Eclipse NLS
 * ({@link ErrorMessages}); an explicit locale (for example {@code certdesk errors --lang ja}) reads the
 * same properties files as a resource bundle without falling back to the machine's locale.
 */
public final class ErrorTexts {

    /** The three texts every code has. */
    public enum Part {
        MESSAGE("message"), CAUSE("cause"), REMEDY("remedy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        String key(int code) {
            return "e" + code + '_' + suffix; //$NON-NLS-1$
        }
    }

    private ErrorTexts() {
    }

    /** The text in the default locale, through NLS. */
    public static String defaultText(int code, Part part) {
        String text = ErrorMessages.text(part.key(code));
        return text != null ? text : missing(code, part);
    }

    /** The text in the given locale; English when the locale has no translation. */
    public static String text(int code, Part part, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(ErrorMessages.BUNDLE_NAME, locale,
                    ErrorTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString(part.key(code));
        } catch (MissingResourceException e) {
            return missing(code, part);
        }
    }

    private static String missing(int code, Part part) {
        return "!" + part.key(code) + "!"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

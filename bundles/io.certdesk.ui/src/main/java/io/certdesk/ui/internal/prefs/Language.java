package io.certdesk.ui.internal.prefs;

import java.util.Locale;

/** The language of the window, applied by the start script at the next start ({@code -nl ja} or {@code -nl en}). */
public enum Language {
    /** No {@code -nl}: the operating system's language. */
    FOLLOW_OS(""), //$NON-NLS-1$
    JAPANESE("ja"), //$NON-NLS-1$
    ENGLISH("en"); //$NON-NLS-1$

    private final String nl;

    Language(String nl) {
        this.nl = nl;
    }

    /** What the start script passes as {@code -nl}; empty for the operating system's language. */
    public String nl() {
        return nl;
    }

    /** The value stored in the preferences. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language stored as {@code key}; following the operating system for anything else. */
    public static Language of(String key) {
        for (Language language : values()) {
            if (language.key().equals(key)) {
                return language;
            }
        }
        return FOLLOW_OS;
    }
}

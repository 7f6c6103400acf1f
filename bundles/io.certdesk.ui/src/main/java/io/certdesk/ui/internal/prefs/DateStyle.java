package io.certdesk.ui.internal.prefs;

import java.util.Locale;

/** How the window writes dates: Western (2026-12-03, as ISO 8601) or with the Japanese era (令和8年12月3日). */
public enum DateStyle {
    WESTERN, JAPANESE_ERA;

    /** The value stored in the preferences. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style stored as {@code key}; Western for anything else. */
    public static DateStyle of(String key) {
        for (DateStyle style : values()) {
            if (style.key().equals(key)) {
                return style;
            }
        }
        return WESTERN;
    }
}

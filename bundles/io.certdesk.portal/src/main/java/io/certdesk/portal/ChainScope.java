package io.certdesk.portal;

import java.util.Locale;

/** Which certificates the served PKCS#12 holds besides the key: real portals differ here. */
public enum ChainScope {
    /** The client certificate only. */
    LEAF,
    /** The client certificate and the issuing (intermediate) CA. */
    INTERMEDIATE,
    /** The client certificate, the intermediate and the root. */
    FULL;

    /** The option value: {@code leaf}, {@code intermediate} or {@code full}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope for an option value (case-insensitive). */
    public static ChainScope ofOption(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}

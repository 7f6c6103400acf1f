package io.certdesk.ui.internal.details;

import java.util.Locale;

/** Fingerprints for reading aloud: upper-case hex in blocks of 8 characters. */
public final class Fingerprints {

    /** Characters per block. */
    public static final int BLOCK = 8;

    private Fingerprints() {
    }

    /** "3A7F09C2 11B4..." from any hex spelling (colons, spaces and case ignored). */
    public static String blocks(String hex) {
        String plain = plain(hex);
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / BLOCK);
        for (int i = 0; i < plain.length(); i += BLOCK) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(plain, i, Math.min(plain.length(), i + BLOCK));
        }
        return text.toString();
    }

    /** Upper-case hex without separators (what the copy button copies). */
    public static String plain(String hex) {
        return hex.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

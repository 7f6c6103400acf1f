package io.certdesk.core.files;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * File names every system accepts, Windows first, made from data (certificate numbers, names, templates): the
 * characters Windows forbids ({@code < > : " / \ | ? *}), control characters and bidirectional controls (which can
 * disguise an extension) become {@code _}; leading spaces and trailing dots and spaces go; a reserved device name
 * ({@code CON PRN AUX NUL COM0-9 LPT0-9}, superscript digits and {@code CONIN$ CONOUT$} included, with any extension
 * and in any case) gets a {@code _} in front; the name is cut to {@value #MAX_LENGTH} characters keeping its
 * extension. Files made with these names are still created with {@link DurableFiles} in
 * {@link WriteMode#CREATE_NEW}: never over an existing file.
 */
public final class SafeFileNames {

    /** Longest name produced: well inside Windows' 255 per name and its 260-character paths. */
    public static final int MAX_LENGTH = 120;

    private static final Set<String> RESERVED = reserved();

    private SafeFileNames() {
    }

    /** {@code proposed} made safe; {@code fallback} (itself made safe) when nothing usable is left. */
    public static String of(String proposed, String fallback) {
        Objects.requireNonNull(fallback, "fallback"); //$NON-NLS-1$
        String safe = clean(proposed == null ? "" : proposed); //$NON-NLS-1$
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '_')) {
            safe = clean(fallback);
        }
        return safe.isEmpty() ? "_" : safe; //$NON-NLS-1$
    }

    /** Whether {@code name} is already safe (what {@link #of} would leave unchanged). */
    public static boolean isSafe(String name) {
        return name != null && !name.isEmpty() && clean(name).equals(name);
    }

    private static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(forbidden(c) ? '_' : c);
        }
        String result = out.toString().stripLeading();
        result = stripTrailingDotsAndSpaces(result);
        result = shorten(result);
        result = stripTrailingDotsAndSpaces(result);
        if (!result.isEmpty() && RESERVED.contains(base(result))) {
            result = '_' + result;
        }
        return result;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || "<>:\"/\\|?*".indexOf(c) >= 0 //$NON-NLS-1$
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u2028' || c == '\u2029';
    }

    /** The part Windows compares with device names: before the first dot, without trailing spaces, upper case. */
    private static String base(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
    }

    private static String stripTrailingDotsAndSpaces(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : ""; //$NON-NLS-1$
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + extension;
    }

    private static Set<String> reserved() {
        java.util.HashSet<String> names = new java.util.HashSet<>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (String digit : new String[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\u00B9", "\u00B2", "\u00B3" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            names.add("COM" + digit); //$NON-NLS-1$
            names.add("LPT" + digit); //$NON-NLS-1$
        }
        return Set.copyOf(names);
    }
}

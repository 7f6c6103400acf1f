package io.certdesk.portal.client.internal;

import java.util.regex.Pattern;

/**
 * Makes text that came from the portal (an error page's words, a header value) safe to show in a terminal
 * or a log: terminal escape sequences (CSI, OSC, and any other ESC sequence) are dropped whole, then every
 * remaining control character (C0 but tab and line breaks, DEL, C1), bidirectional override or isolate, and
 * other invisible format character is removed; blanks are collapsed to one space. The portal cannot move the
 * cursor, recolour or clear the screen, set the window title, or reorder what the administrator reads.
 */
public final class TerminalText {

    /** ESC [ ... final byte; ESC ] ... BEL or ST; ESC followed by one character; the C1 CSI (U+009B) form. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\\\|\u009C)?" //$NON-NLS-1$
                    + "|\u001B[PX^_][^\u001B\u009C]*(?:\u001B\\\\|\u009C)?|\u001B[\\s\\S]?"); //$NON-NLS-1$

    private TerminalText() {
    }

    /** The text without escape sequences or control characters, blanks collapsed; "" for null. */
    public static String clean(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String withoutEscapes = ESCAPES.matcher(text).replaceAll(""); //$NON-NLS-1$
        StringBuilder out = new StringBuilder(withoutEscapes.length());
        for (int i = 0; i < withoutEscapes.length(); i++) {
            char c = withoutEscapes.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether the text holds anything {@link #clean} would remove other than blanks. */
    public static boolean hasControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x1B || (c != ' ' && invisible(c))) {
                return true;
            }
        }
        return false;
    }

    /** C0, DEL and C1 controls, format characters (bidi overrides and isolates, zero-width), line and paragraph separators. */
    private static boolean invisible(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029';
    }
}

package io.certdesk.delivery.internal;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryException;
import org.eclipse.osgi.util.NLS;

/**
 * Refuses values that would let a roster row or template forge mail headers: CR, LF and every other control
 * character (C0, DEL, C1, the Unicode line and paragraph separators), and in file names also path
 * separators and bidirectional overrides (which disguise an extension). Checked before any message is built.
 */
public final class HeaderGuard {

    private HeaderGuard() {
    }

    /** The first offending character's position, or -1. */
    public static int findUnsafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    /** Refuses control characters in a header value (name, address, subject). */
    public static String requireSafe(String value, String field, String label) throws DeliveryException {
        int at = findUnsafe(value);
        if (at >= 0) {
            throw new DeliveryException(ErrorCode.DELIVERY_UNSAFE_FIELD, label,
                    NLS.bind(Messages.unsafeCharacter, field, describe(value.charAt(at))));
        }
        return value;
    }

    /** Refuses control characters, path separators and bidirectional controls in a file name. */
    public static String requireSafeFileName(String value, String field, String label) throws DeliveryException {
        requireSafe(value, field, label);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '"' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F') {
                throw new DeliveryException(ErrorCode.DELIVERY_UNSAFE_FIELD, label,
                        NLS.bind(Messages.unsafeFileName, field, describe(c)));
            }
        }
        if (value.isBlank() || value.equals(".") || value.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new DeliveryException(ErrorCode.DELIVERY_UNSAFE_FIELD, label,
                    NLS.bind(Messages.unsafeFileName, field, "\"" + value + "\"")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "CR (U+000D)"; //$NON-NLS-1$
            case '\n' -> "LF (U+000A)"; //$NON-NLS-1$
            case '\t' -> "TAB (U+0009)"; //$NON-NLS-1$
            default -> String.format("U+%04X", (int) c); //$NON-NLS-1$
        };
    }
}

package io.certdesk.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a password an administrator types for a new file. Only printable ASCII (0x21-0x7E) is accepted:
 * JDK 17 rejects non-ASCII PKCS#12 passwords and other importers encode them differently. Full-width
 * characters (typed with the Japanese input method on) get their own message. Length: 8 to 64.
 */
public final class PasswordValidator {

    /** Shortest accepted password. */
    public static final int MIN_LENGTH = 8;
    /** Longest accepted password. */
    public static final int MAX_LENGTH = 64;

    /** The problems of a password; the array is not kept or changed. */
    public PasswordCheck check(char[] password) {
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
        List<PasswordCheck.Problem> problems = new ArrayList<>();
        if (password.length == 0) {
            problems.add(new PasswordCheck.Problem(PasswordCheck.Kind.EMPTY, 0));
            return new PasswordCheck(problems);
        }
        if (password.length < MIN_LENGTH) {
            problems.add(new PasswordCheck.Problem(PasswordCheck.Kind.TOO_SHORT, 0));
        } else if (password.length > MAX_LENGTH) {
            problems.add(new PasswordCheck.Problem(PasswordCheck.Kind.TOO_LONG, 0));
        }
        firstOffending(password, PasswordCheck.Kind.FULL_WIDTH, problems);
        firstOffending(password, PasswordCheck.Kind.NON_ASCII, problems);
        firstOffending(password, PasswordCheck.Kind.WHITESPACE_OR_CONTROL, problems);
        return new PasswordCheck(problems);
    }

    private static void firstOffending(char[] password, PasswordCheck.Kind kind, List<PasswordCheck.Problem> problems) {
        for (int i = 0; i < password.length; i++) {
            if (classify(password[i]) == kind) {
                problems.add(new PasswordCheck.Problem(kind, i + 1));
                return;
            }
        }
    }

    private static PasswordCheck.Kind classify(char c) {
        if (c >= 0x21 && c <= 0x7E) {
            return null;
        }
        if (c == 0x3000 || (c >= 0xFF01 && c <= 0xFF5E)) {
            return PasswordCheck.Kind.FULL_WIDTH;
        }
        if (c > 0x7E && c != 0x7F) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) ? PasswordCheck.Kind.WHITESPACE_OR_CONTROL
                    : PasswordCheck.Kind.NON_ASCII;
        }
        return PasswordCheck.Kind.WHITESPACE_OR_CONTROL;
    }
}

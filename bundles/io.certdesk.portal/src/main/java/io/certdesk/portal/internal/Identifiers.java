package io.certdesk.portal.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The identifiers the service hands out: group IDs (given by the operator), 12-digit certificate numbers
 * and 12-character retrieval passwords of ASCII letters and digits without look-alikes (0/O, 1/l/I).
 */
public final class Identifiers {

    /** Group IDs: 1-32 ASCII upper-case letters, digits and hyphens, starting with a letter or digit. */
    public static final Pattern GROUP_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}"); //$NON-NLS-1$
    /** Certificate numbers: 12 digits. */
    public static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[0-9]{12}"); //$NON-NLS-1$
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; //$NON-NLS-1$
    private static final int PASSWORD_LENGTH = 12;

    private final SecureRandom random;

    public Identifiers(SecureRandom random) {
        this.random = random;
    }

    public String certificateNumber() {
        StringBuilder number = new StringBuilder(12);
        number.append((char) ('1' + random.nextInt(9)));
        while (number.length() < 12) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        return number.toString();
    }

    /** A new retrieval password with at least one upper-case letter, one lower-case letter and one digit. */
    public char[] retrievalPassword() {
        while (true) {
            char[] password = new char[PASSWORD_LENGTH];
            for (int i = 0; i < password.length; i++) {
                password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
            }
            if (has(password, Character::isUpperCase) && has(password, Character::isLowerCase)
                    && has(password, Character::isDigit)) {
                return password;
            }
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static boolean has(char[] password, java.util.function.IntPredicate test) {
        for (char c : password) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }
}

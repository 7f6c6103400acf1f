package io.certdesk.crypto;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Generates passwords for exported files with {@link SecureRandom}: uniform over the policy's alphabet,
 * with at least one character of each chosen class, shuffled. The result is a {@code char[]} the caller
 * clears after use.
 */
public final class PasswordGenerator {

    private final SecureRandom random;

    public PasswordGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random"); //$NON-NLS-1$
    }

    /** A generator on a new {@link SecureRandom}. */
    public PasswordGenerator() {
        this(new SecureRandom());
    }

    /** A new password following the policy. */
    public char[] generate(PasswordPolicy policy) {
        Objects.requireNonNull(policy, "policy"); //$NON-NLS-1$
        String alphabet = policy.alphabet();
        char[] password = new char[policy.length()];
        int i = 0;
        for (PasswordPolicy.CharacterClass c : PasswordPolicy.CharacterClass.values()) {
            if (policy.classes().contains(c)) {
                password[i++] = pick(c.characters());
            }
        }
        while (i < password.length) {
            password[i++] = pick(alphabet);
        }
        for (int j = password.length - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            char swap = password[j];
            password[j] = password[k];
            password[k] = swap;
        }
        return password;
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}

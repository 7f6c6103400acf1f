package io.certdesk.portal.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How the portal keeps retrieval passwords: PBKDF2-HMAC-SHA256 with a 16-byte salt, never the password
 * itself. Comparison in constant time.
 */
public record PasswordHash(String salt, String hash, int iterations) {

    public static final int ITERATIONS = 10_000;

    public static PasswordHash of(char[] password, SecureRandom random) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS)), ITERATIONS);
    }

    public boolean matches(char[] password) throws GeneralSecurityException {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); //$NON-NLS-1$
        } finally {
            spec.clearPassword();
        }
    }
}

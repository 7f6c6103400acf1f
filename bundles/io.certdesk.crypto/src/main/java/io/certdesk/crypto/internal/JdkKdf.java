package io.certdesk.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The two key-derivation functions of PKCS#12 files on the JDK's own primitives, which use the processor's SHA
 * instructions where it has them (several times faster than Bouncy Castle's portable digests): PBKDF2 (RFC 8018)
 * through SunJCE's {@code PBKDF2WithHmacSHA*}, and the PKCS#12 KDF (RFC 7292 appendix B.2) over a JDK
 * {@link MessageDigest}. The JDK has the PKCS#12 KDF only inside its PBE ciphers and MACs, which do not hand out the
 * key; computing it here lets {@link DerivedKeys} remember it for the read-back. {@code JdkKdfTest} checks both
 * against Bouncy Castle's generators.
 */
final class JdkKdf {

    /** PKCS#12 KDF purpose: key material for encryption. */
    static final int KEY = 1;
    /** PKCS#12 KDF purpose: an initialisation vector. */
    static final int IV = 2;
    /** PKCS#12 KDF purpose: the MAC key. */
    static final int MAC = 3;

    private JdkKdf() {
    }

    /** PBKDF2 with HMAC over {@code digest} ("SHA-1", "SHA-256", ...): {@code length} bytes. */
    static byte[] pbkdf2(String digest, char[] password, byte[] salt, int iterations, int length)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmac" + digest.replace("-", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    /** The PKCS#12 KDF over {@code digest} for {@code purpose} ({@link #KEY}, {@link #IV}, {@link #MAC}). */
    static byte[] pkcs12(String digest, char[] password, byte[] salt, int iterations, int purpose, int length)
            throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance(digest);
        int u = md.getDigestLength();
        int v = digest.endsWith("384") || digest.endsWith("512") ? 128 : 64; //$NON-NLS-1$ //$NON-NLS-2$
        byte[] pass = bmpString(password);
        byte[] d = new byte[v];
        Arrays.fill(d, (byte) purpose);
        byte[] s = fill(salt, v);
        byte[] p = fill(pass, v);
        byte[] i = new byte[s.length + p.length];
        System.arraycopy(s, 0, i, 0, s.length);
        System.arraycopy(p, 0, i, s.length, p.length);
        byte[] result = new byte[length];
        byte[] b = new byte[v];
        byte[] a = new byte[u];
        try {
            int blocks = (length + u - 1) / u;
            for (int block = 0; block < blocks; block++) {
                md.update(d);
                md.update(i);
                md.digest(a, 0, u);
                for (int round = 1; round < iterations; round++) {
                    md.update(a);
                    md.digest(a, 0, u);
                }
                System.arraycopy(a, 0, result, block * u, Math.min(u, length - block * u));
                if (block + 1 < blocks) {
                    for (int k = 0; k < v; k++) {
                        b[k] = a[k % u];
                    }
                    for (int j = 0; j < i.length / v; j++) {
                        addPlusOne(i, j * v, b);
                    }
                }
            }
            return result;
        } finally {
            Arrays.fill(pass, (byte) 0);
            Arrays.fill(p, (byte) 0);
            Arrays.fill(i, (byte) 0);
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    /** The password as a BMPString with its two terminating zero bytes; an empty password is empty (as OpenSSL). */
    private static byte[] bmpString(char[] password) {
        if (password.length == 0) {
            return new byte[0];
        }
        byte[] bytes = new byte[(password.length + 1) * 2];
        for (int k = 0; k < password.length; k++) {
            bytes[2 * k] = (byte) (password[k] >>> 8);
            bytes[2 * k + 1] = (byte) password[k];
        }
        return bytes;
    }

    /** {@code data} repeated to the next multiple of {@code v} bytes (empty stays empty). */
    private static byte[] fill(byte[] data, int v) {
        if (data.length == 0) {
            return new byte[0];
        }
        byte[] filled = new byte[v * ((data.length + v - 1) / v)];
        for (int k = 0; k < filled.length; k++) {
            filled[k] = data[k % data.length];
        }
        return filled;
    }

    /** I_j = (I_j + B + 1) mod 2^(8v), the block at {@code offset} of {@code i}. */
    private static void addPlusOne(byte[] i, int offset, byte[] b) {
        int carry = 1;
        for (int k = b.length - 1; k >= 0; k--) {
            int sum = (i[offset + k] & 0xff) + (b[k] & 0xff) + carry;
            i[offset + k] = (byte) sum;
            carry = sum >>> 8;
        }
    }
}

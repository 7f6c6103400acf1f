package io.certdesk.crypto.internal;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import io.certdesk.core.secrets.Secret;

/**
 * The two key-derivation functions of PKCS#12 files on the JDK's own primitives, which use the processor's SHA
 * instructions where it has them (several times faster than Bouncy Castle's portable digests): PBKDF2 (RFC 8018)
 * over JDK {@link MessageDigest}s with HMAC keyed once ({@link #pbkdf2}), and the PKCS#12 KDF (RFC 7292 appendix
 * B.2) over a JDK {@link MessageDigest}. The JDK has the PKCS#12 KDF only inside its PBE ciphers and MACs, which do not hand out the
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

    /**
     * PBKDF2 with HMAC over {@code digest} ("SHA-1", "SHA-256", ...): {@code length} bytes, the password encoded as
     * UTF-8 (as SunJCE and Bouncy Castle do). HMAC's inner and outer digests are keyed once and copied for each
     * iteration, two compressions per iteration where SunJCE's {@code PBKDF2WithHmac*} (which keys its HMAC again on
     * every iteration) takes four; SunJCE derives when the digest cannot be copied, and for an empty password.
     */
    static byte[] pbkdf2(String digest, char[] password, byte[] salt, int iterations, int length)
            throws GeneralSecurityException {
        if (password.length == 0) {
            return sunJcePbkdf2(digest, password, salt, iterations, length);
        }
        byte[] pass = Secret.utf8(password);
        try {
            return keyedPbkdf2(digest, pass, salt, iterations, length);
        } catch (CloneNotSupportedException e) {
            return sunJcePbkdf2(digest, password, salt, iterations, length);
        } finally {
            Arrays.fill(pass, (byte) 0);
        }
    }

    private static byte[] keyedPbkdf2(String digest, byte[] pass, byte[] salt, int iterations, int length)
            throws GeneralSecurityException, CloneNotSupportedException {
        MessageDigest inner = MessageDigest.getInstance(digest);
        MessageDigest outer = MessageDigest.getInstance(digest);
        int blockSize = digest.endsWith("384") || digest.endsWith("512") ? 128 : 64; //$NON-NLS-1$ //$NON-NLS-2$
        int u = inner.getDigestLength();
        byte[] key = pass.length > blockSize ? MessageDigest.getInstance(digest).digest(pass) : pass;
        byte[] pad = new byte[blockSize];
        byte[] result = new byte[length];
        byte[] x = new byte[u];
        byte[] t = new byte[u];
        try {
            inner.update(pad(key, pad, (byte) 0x36));
            outer.update(pad(key, pad, (byte) 0x5c));
            int blocks = (length + u - 1) / u;
            for (int block = 1; block <= blocks; block++) {
                MessageDigest h = (MessageDigest) inner.clone();
                h.update(salt);
                h.update(new byte[] { (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block });
                h.digest(x, 0, u);
                h = (MessageDigest) outer.clone();
                h.update(x);
                h.digest(x, 0, u);
                System.arraycopy(x, 0, t, 0, u);
                hmacRounds(inner, outer, x, t, iterations - 1);
                System.arraycopy(t, 0, result, (block - 1) * u, Math.min(u, length - (block - 1) * u));
            }
            return result;
        } finally {
            Arrays.fill(pad, (byte) 0);
            Arrays.fill(x, (byte) 0);
            Arrays.fill(t, (byte) 0);
            if (key != pass) {
                Arrays.fill(key, (byte) 0);
            }
            inner.reset();
            outer.reset();
        }
    }

    /** HMAC's key block: {@code key} zero-padded to {@code pad}'s length, each byte XORed with {@code with}. */
    private static byte[] pad(byte[] key, byte[] pad, byte with) {
        Arrays.fill(pad, with);
        for (int k = 0; k < key.length; k++) {
            pad[k] ^= key[k];
        }
        return pad;
    }

    /**
     * PBKDF2's iterations after the first: {@code x = HMAC(x)} with the keyed digests, XORed into {@code t}. The hot
     * loop of every export, kept in a method of its own, free of anything that depends on the password or the salt:
     * the JIT compiles it once, small, instead of recompiling the whole derivation whenever a password's length
     * changes the key setup's branch profile.
     */
    private static void hmacRounds(MessageDigest inner, MessageDigest outer, byte[] x, byte[] t, int rounds)
            throws CloneNotSupportedException, DigestException {
        int u = x.length;
        for (int round = 0; round < rounds; round++) {
            MessageDigest h = (MessageDigest) inner.clone();
            h.update(x);
            h.digest(x, 0, u);
            h = (MessageDigest) outer.clone();
            h.update(x);
            h.digest(x, 0, u);
            for (int k = 0; k < u; k++) {
                t[k] ^= x[k];
            }
        }
    }

    /** The PKCS#12 KDF's iterations after the first, {@code a = H(a)}, a method of its own for the same reason. */
    private static void digestRounds(MessageDigest md, byte[] a, int rounds) throws DigestException {
        int u = a.length;
        for (int round = 0; round < rounds; round++) {
            md.update(a);
            md.digest(a, 0, u);
        }
    }

    /** PBKDF2 by SunJCE's {@code PBKDF2WithHmac*}. */
    static byte[] sunJcePbkdf2(String digest, char[] password, byte[] salt, int iterations, int length)
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
                digestRounds(md, a, iterations - 1);
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

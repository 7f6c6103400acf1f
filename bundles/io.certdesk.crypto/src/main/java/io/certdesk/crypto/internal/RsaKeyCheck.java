package io.certdesk.crypto.internal;

import java.math.BigInteger;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Whether an RSA private key with its CRT parameters belongs to a public key, by arithmetic instead of a signature:
 * the same modulus and public exponent (what OpenSSL's {@code X509_check_private_key} compares), and parameters that
 * agree with each other — n = p·q, d·e ≡ 1 modulo p−1 and q−1, dP and dQ the residues of d, qInv·q ≡ 1 mod p — so a
 * key that signs with its CRT parameters makes signatures the certificate's key verifies. A few multiplications
 * instead of a private-key operation per certificate read.
 */
final class RsaKeyCheck {

    private RsaKeyCheck() {
    }

    /** The answer, or {@code null} when the key lacks its CRT parameters (the caller signs instead). */
    static Boolean matches(RSAPrivateCrtKey key, RSAPublicKey certificateKey) {
        BigInteger n = certificateKey.getModulus();
        BigInteger e = certificateKey.getPublicExponent();
        BigInteger p = key.getPrimeP();
        BigInteger q = key.getPrimeQ();
        BigInteger d = key.getPrivateExponent();
        BigInteger dp = key.getPrimeExponentP();
        BigInteger dq = key.getPrimeExponentQ();
        BigInteger qInv = key.getCrtCoefficient();
        if (p == null || q == null || d == null || dp == null || dq == null || qInv == null || e == null
                || key.getPublicExponent() == null || p.signum() <= 0 || q.signum() <= 0 || d.signum() <= 0) {
            return null;
        }
        if (!n.equals(key.getModulus()) || !e.equals(key.getPublicExponent()) || !n.equals(p.multiply(q))) {
            return Boolean.FALSE;
        }
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        if (p1.signum() <= 0 || q1.signum() <= 0) {
            return Boolean.FALSE;
        }
        boolean consistent = d.multiply(e).mod(p1).equals(BigInteger.ONE) && d.multiply(e).mod(q1).equals(BigInteger.ONE)
                && dp.equals(d.mod(p1)) && dq.equals(d.mod(q1)) && qInv.multiply(q).mod(p).equals(BigInteger.ONE);
        return Boolean.valueOf(consistent);
    }
}

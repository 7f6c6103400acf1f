package io.certdesk.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Whether a private key belongs to a certificate: an RSA key with its CRT parameters by arithmetic
 * ({@link RsaKeyCheck}); any other key by a signature made with it that must verify with the certificate's public key.
 */
final class KeyMatcher {

    private final Provider provider;
    private final SecureRandom random;

    KeyMatcher(Provider provider, SecureRandom random) {
        this.provider = provider;
        this.random = random;
    }

    boolean matches(PrivateKey key, X509Certificate certificate) {
        if (key instanceof RSAPrivateCrtKey rsa) {
            if (!(certificate.getPublicKey() instanceof RSAPublicKey pub) || !rsa.getModulus().equals(pub.getModulus())) {
                return false;
            }
            Boolean arithmetic = RsaKeyCheck.matches(rsa, pub);
            if (arithmetic != null) {
                return arithmetic.booleanValue();
            }
        }
        String algorithm = signatureAlgorithm(key);
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            random.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm, provider);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, provider);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the engine knows how to use this kind of key. */
    static boolean supported(PrivateKey key) {
        return signatureAlgorithm(key) != null;
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA"; //$NON-NLS-1$ //$NON-NLS-2$
            case "EC", "ECDSA" -> "SHA256withECDSA"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "DSA" -> "SHA256withDSA"; //$NON-NLS-1$ //$NON-NLS-2$
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> null;
        };
    }
}

package io.certdesk.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (the modern profile's encryption) on the JDK's own PBKDF2 and AES
 * (SunJCE): on our machines its PBKDF2 is about twice as fast as the provider-independent one, and the key
 * derivation is nearly all of an export's cost. The key goes through {@link DerivedKeys}, so the read-back of the
 * file finds it instead of deriving it again. The parameters written are those Bouncy Castle's PBES2 builder
 * writes (salt, iteration count, PRF; the IV as the scheme's parameter), so every reader sees the same file.
 */
final class JdkPbes2Encryptor {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 16;

    private JdkPbes2Encryptor() {
    }

    /**
     * An encryptor for one encrypted part with {@code salt} and a fresh IV; parts given the same salt share the
     * derivation through {@code memo}.
     */
    static OutputEncryptor create(char[] password, int iterations, byte[] salt, SecureRandom random,
            DerivedKeys memo) throws OperatorCreationException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] key = null;
        try {
            key = memo.get("pbkdf2:SHA-256", password, salt, iterations, KEY_BYTES, () -> { //$NON-NLS-1$
                try {
                    return JdkKdf.pbkdf2("SHA-256", password, salt, iterations, KEY_BYTES); //$NON-NLS-1$
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
            AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                    new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations,
                            new AlgorithmIdentifier(Oids.HMAC_SHA256, DERNull.INSTANCE))),
                    new EncryptionScheme(Oids.AES256_CBC, new DEROctetString(iv))));
            return CbcEncryptor.create(algorithm, "AES", key, iv); //$NON-NLS-1$
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new OperatorCreationException("PBES2 encryptor: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }
}

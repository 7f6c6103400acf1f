package io.certdesk.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * pbeWithSHAAnd3-KeyTripleDES-CBC (the compat profile's encryption): key and IV from the PKCS#12 KDF over the JDK's
 * SHA-1 ({@link JdkKdf}, through {@link DerivedKeys}), 3DES-CBC from SunJCE. Writes the parameters Bouncy Castle's
 * builder writes (salt and iteration count).
 */
final class JdkTripleDesEncryptor {

    private JdkTripleDesEncryptor() {
    }

    /** A fresh encryptor (new salt) for one encrypted part. */
    static OutputEncryptor create(char[] password, int iterations, int saltLength, SecureRandom random,
            DerivedKeys memo) throws OperatorCreationException {
        byte[] salt = new byte[saltLength];
        random.nextBytes(salt);
        byte[] key = null;
        byte[] iv = null;
        try {
            key = memo.get("pkcs12-key:SHA-1", password, salt, iterations, 24, //$NON-NLS-1$
                    () -> derive(password, salt, iterations, JdkKdf.KEY, 24));
            iv = memo.get("pkcs12-iv:SHA-1", password, salt, iterations, 8, //$NON-NLS-1$
                    () -> derive(password, salt, iterations, JdkKdf.IV, 8));
            return CbcEncryptor.create(new AlgorithmIdentifier(Oids.PBE_SHA1_3DES, new PKCS12PBEParams(salt, iterations)),
                    "DESede", key, iv); //$NON-NLS-1$
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new OperatorCreationException("PBE-SHA1-3DES encryptor: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
            if (iv != null) {
                Arrays.fill(iv, (byte) 0);
            }
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int purpose, int length) {
        try {
            return JdkKdf.pkcs12("SHA-1", password, salt, iterations, purpose, length); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

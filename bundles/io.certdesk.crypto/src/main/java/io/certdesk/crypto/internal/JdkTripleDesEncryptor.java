package io.certdesk.crypto.internal;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
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
            Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); //$NON-NLS-1$
            SecretKeySpec secret = new SecretKeySpec(key, "DESede"); //$NON-NLS-1$
            cipher.init(Cipher.ENCRYPT_MODE, secret, new IvParameterSpec(iv));
            AlgorithmIdentifier algorithm = new AlgorithmIdentifier(Oids.PBE_SHA1_3DES,
                    new PKCS12PBEParams(salt, iterations));
            return new OutputEncryptor() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public OutputStream getOutputStream(OutputStream out) {
                    return new CipherOutputStream(out, cipher);
                }

                @Override
                public GenericKey getKey() {
                    return new GenericKey(algorithm, secret.getEncoded());
                }
            };
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

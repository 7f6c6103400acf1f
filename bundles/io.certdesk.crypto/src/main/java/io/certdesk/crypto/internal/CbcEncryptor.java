package io.certdesk.crypto.internal;

import java.io.OutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;

/** A Bouncy Castle {@link OutputEncryptor} over a JDK CBC cipher with PKCS#5 padding (AES or DESede). */
final class CbcEncryptor {

    private CbcEncryptor() {
    }

    /** Encrypts with {@code cipherName} under {@code key} and {@code iv}, writing {@code algorithm} as its parameters. */
    static OutputEncryptor create(AlgorithmIdentifier algorithm, String cipherName, byte[] key, byte[] iv)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(cipherName + "/CBC/PKCS5Padding"); //$NON-NLS-1$
        SecretKeySpec secret = new SecretKeySpec(key, cipherName);
        cipher.init(Cipher.ENCRYPT_MODE, secret, new IvParameterSpec(iv));
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
    }
}

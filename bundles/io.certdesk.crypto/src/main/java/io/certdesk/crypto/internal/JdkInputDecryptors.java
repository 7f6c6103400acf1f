package io.certdesk.crypto.internal;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Decrypts the parts of a PKCS#12 file with what both our profiles and nearly every issuer write — PBES2 (PBKDF2 with
 * HMAC-SHA-1/2 and AES-CBC or 3DES-CBC) and PBE-SHA1-3DES — on the JDK's primitives ({@link JdkKdf}), with keys
 * through {@link DerivedKeys}; anything else (RC2, RC4, two-key 3DES, an empty password, an unusual key length) goes
 * to Bouncy Castle's provider as before. Parameters have passed {@link ParameterGuard} first.
 */
final class JdkInputDecryptors implements InputDecryptorProvider {

    private static final Map<ASN1ObjectIdentifier, String> PRF_DIGESTS = Map.of(Oids.HMAC_SHA1, "SHA-1", //$NON-NLS-1$
            Oids.HMAC_SHA224, "SHA-224", Oids.HMAC_SHA256, "SHA-256", Oids.HMAC_SHA384, "SHA-384", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Oids.HMAC_SHA512, "SHA-512"); //$NON-NLS-1$
    private static final Map<ASN1ObjectIdentifier, Integer> KEY_BYTES = Map.of(Oids.AES128_CBC, Integer.valueOf(16),
            Oids.AES192_CBC, Integer.valueOf(24), Oids.AES256_CBC, Integer.valueOf(32), Oids.DES_EDE3_CBC,
            Integer.valueOf(24));

    private final char[] password;
    private final DerivedKeys memo;
    private final InputDecryptorProvider fallback;

    /** {@code password} stays the caller's and must stay intact while this is used. */
    JdkInputDecryptors(char[] password, DerivedKeys memo, InputDecryptorProvider fallback) {
        this.password = password;
        this.memo = memo;
        this.fallback = fallback;
    }

    @Override
    public InputDecryptor get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (password.length == 0) {
            return fallback.get(algorithm);
        }
        try {
            if (Oids.PBES2.equals(oid)) {
                InputDecryptor decryptor = pbes2(algorithm, PBES2Parameters.getInstance(algorithm.getParameters()));
                return decryptor != null ? decryptor : fallback.get(algorithm);
            }
            if (Oids.PBE_SHA1_3DES.equals(oid)) {
                PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
                byte[] salt = params.getIV();
                int iterations = params.getIterations().intValueExact();
                byte[] key = memo.get("pkcs12-key:SHA-1", password, salt, iterations, 24, //$NON-NLS-1$
                        () -> pkcs12(salt, iterations, JdkKdf.KEY, 24));
                byte[] iv = memo.get("pkcs12-iv:SHA-1", password, salt, iterations, 8, //$NON-NLS-1$
                        () -> pkcs12(salt, iterations, JdkKdf.IV, 8));
                return decryptor(algorithm, "DESede", key, iv); //$NON-NLS-1$
            }
        } catch (GeneralSecurityException | ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            throw new OperatorCreationException("cannot decrypt with " + Oids.name(oid) + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return fallback.get(algorithm);
    }

    private InputDecryptor pbes2(AlgorithmIdentifier algorithm, PBES2Parameters params)
            throws GeneralSecurityException {
        if (!Oids.PBKDF2.equals(params.getKeyDerivationFunc().getAlgorithm())) {
            return null;
        }
        PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        String digest = PRF_DIGESTS.get(pbkdf2.getPrf().getAlgorithm());
        ASN1ObjectIdentifier cipher = params.getEncryptionScheme().getAlgorithm();
        Integer keyBytes = KEY_BYTES.get(cipher);
        if (digest == null || keyBytes == null
                || pbkdf2.getKeyLength() != null && pbkdf2.getKeyLength().intValueExact() != keyBytes.intValue()) {
            return null;
        }
        byte[] iv = ASN1OctetString.getInstance(params.getEncryptionScheme().getParameters()).getOctets();
        byte[] salt = pbkdf2.getSalt();
        int iterations = pbkdf2.getIterationCount().intValueExact();
        int length = keyBytes.intValue();
        byte[] key = memo.get("pbkdf2:" + digest, password, salt, iterations, length, //$NON-NLS-1$
                () -> pbkdf2(digest, salt, iterations, length));
        return decryptor(algorithm, Oids.DES_EDE3_CBC.equals(cipher) ? "DESede" : "AES", key, iv); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static InputDecryptor decryptor(AlgorithmIdentifier algorithm, String cipherName, byte[] key, byte[] iv)
            throws GeneralSecurityException {
        try {
            Cipher cipher = Cipher.getInstance(cipherName + "/CBC/PKCS5Padding"); //$NON-NLS-1$
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, cipherName), new IvParameterSpec(iv));
            return new InputDecryptor() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public InputStream getInputStream(InputStream in) {
                    return new CipherInputStream(in, cipher);
                }
            };
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(iv, (byte) 0);
        }
    }

    private byte[] pbkdf2(String digest, byte[] salt, int iterations, int length) {
        try {
            return JdkKdf.pbkdf2(digest, password, salt, iterations, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] pkcs12(byte[] salt, int iterations, int purpose, int length) {
        try {
            return JdkKdf.pkcs12("SHA-1", password, salt, iterations, purpose, length); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

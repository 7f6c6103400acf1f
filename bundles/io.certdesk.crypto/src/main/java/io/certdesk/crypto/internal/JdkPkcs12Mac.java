package io.certdesk.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.MacCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;

/**
 * The PKCS#12 MAC (HMAC keyed by the PKCS#12 KDF, RFC 7292 appendix B) on the JDK's primitives, with the key through
 * {@link DerivedKeys}: {@link #builder} for writing a file with Bouncy Castle's PFX builder, {@link #verify} for
 * checking one that is read.
 */
final class JdkPkcs12Mac {

    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(Oids.SHA1, "SHA-1", Oids.SHA224, //$NON-NLS-1$
            "SHA-224", Oids.SHA256, "SHA-256", Oids.SHA384, "SHA-384", Oids.SHA512, "SHA-512"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private JdkPkcs12Mac() {
    }

    /** A MAC builder for Bouncy Castle's {@code PKCS12PfxPduBuilder}: a fresh salt per file. */
    static PKCS12MacCalculatorBuilder builder(ASN1ObjectIdentifier digestOid, int iterations, int saltLength,
            SecureRandom random, DerivedKeys memo) {
        String digest = DIGESTS.get(digestOid);
        return new PKCS12MacCalculatorBuilder() {
            @Override
            public AlgorithmIdentifier getDigestAlgorithmIdentifier() {
                return new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);
            }

            @Override
            public MacCalculator build(char[] password) throws OperatorCreationException {
                byte[] salt = new byte[saltLength];
                random.nextBytes(salt);
                AlgorithmIdentifier algorithm = new AlgorithmIdentifier(digestOid,
                        new PKCS12PBEParams(salt, iterations));
                byte[] key = null;
                try {
                    key = key(digest, password, salt, iterations, memo);
                    Mac mac = hmac(digest, key);
                    GenericKey generic = new GenericKey(algorithm, key.clone());
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    return new MacCalculator() {
                        @Override
                        public AlgorithmIdentifier getAlgorithmIdentifier() {
                            return algorithm;
                        }

                        @Override
                        public OutputStream getOutputStream() {
                            return data;
                        }

                        @Override
                        public byte[] getMac() {
                            return mac.doFinal(data.toByteArray());
                        }

                        @Override
                        public GenericKey getKey() {
                            return generic;
                        }
                    };
                } catch (GeneralSecurityException e) {
                    throw new OperatorCreationException("PKCS#12 MAC: " + e.getMessage(), e); //$NON-NLS-1$
                } finally {
                    if (key != null) {
                        Arrays.fill(key, (byte) 0);
                    }
                }
            }
        };
    }

    /**
     * Whether {@code mac} matches {@code data} (the authenticated safe's octets) under {@code password}; the
     * digest must be one of the SHA family (the guard has checked it).
     */
    static boolean verify(MacData mac, byte[] data, char[] password, DerivedKeys memo) throws GeneralSecurityException {
        String digest = DIGESTS.get(mac.getMac().getAlgorithmId().getAlgorithm());
        if (digest == null) {
            throw new GeneralSecurityException("MAC digest " + mac.getMac().getAlgorithmId().getAlgorithm()); //$NON-NLS-1$
        }
        byte[] key = key(digest, password, mac.getSalt(), mac.getIterationCount().intValueExact(), memo);
        try {
            return MessageDigest.isEqual(hmac(digest, key).doFinal(data), mac.getMac().getDigest());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] key(String digest, char[] password, byte[] salt, int iterations, DerivedKeys memo)
            throws GeneralSecurityException {
        int length = MessageDigest.getInstance(digest).getDigestLength();
        try {
            return memo.get("pkcs12-mac:" + digest, password, salt, iterations, length, () -> { //$NON-NLS-1$
                try {
                    return JdkKdf.pkcs12(digest, password, salt, iterations, JdkKdf.MAC, length);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof GeneralSecurityException g) {
                throw g;
            }
            throw e;
        }
    }

    private static Mac hmac(String digest, byte[] key) throws GeneralSecurityException {
        String name = "Hmac" + digest.replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Mac mac = Mac.getInstance(name);
        mac.init(new SecretKeySpec(key, name));
        return mac;
    }
}

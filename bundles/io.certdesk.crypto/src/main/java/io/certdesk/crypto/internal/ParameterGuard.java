package io.certdesk.crypto.internal;

import java.math.BigInteger;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.Protection;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.eclipse.osgi.util.NLS;

/**
 * Checks the algorithms and parameters of one PKCS#12 file before any key derivation runs: only known
 * algorithms, iteration counts from 1 to {@value #MAX_ITERATIONS} per derivation and
 * {@value #MAX_TOTAL_ITERATIONS} for the whole file, salts and key lengths of sane size. A file that asks
 * for more is refused at once (error 208), so a hostile file cannot keep the machine busy.
 */
final class ParameterGuard {

    /** Most iterations of one key derivation (.NET's default limit for a whole PFX). */
    static final int MAX_ITERATIONS = 600_000;
    /** Most iterations of all derivations of one file together. */
    static final int MAX_TOTAL_ITERATIONS = 1_200_000;
    /** Largest salt accepted, in bytes. */
    static final int MAX_SALT_LENGTH = 256;
    /** Largest PBKDF2 key length accepted, in bytes. */
    static final int MAX_KEY_LENGTH = 64;

    private static final Set<ASN1ObjectIdentifier> MAC_DIGESTS = Set.of(Oids.SHA1, Oids.SHA224, Oids.SHA256,
            Oids.SHA384, Oids.SHA512);
    private static final Set<ASN1ObjectIdentifier> PKCS12_PBE = Set.of(Oids.PBE_SHA1_3DES, Oids.PBE_SHA1_2DES,
            Oids.PBE_SHA1_RC2_128, Oids.PBE_SHA1_RC2_40, Oids.PBE_SHA1_RC4_128, Oids.PBE_SHA1_RC4_40);
    private static final Set<ASN1ObjectIdentifier> PRFS = Set.of(Oids.HMAC_SHA1, Oids.HMAC_SHA224,
            Oids.HMAC_SHA256, Oids.HMAC_SHA384, Oids.HMAC_SHA512);
    private static final Set<ASN1ObjectIdentifier> PBES2_CIPHERS = Set.of(Oids.AES128_CBC, Oids.AES192_CBC,
            Oids.AES256_CBC, Oids.DES_EDE3_CBC);

    private final String source;
    private long total;

    ParameterGuard(String source) {
        this.source = source;
    }

    /** Checks the MAC of the file and describes it. */
    Protection checkMac(MacData mac) throws Pkcs12Exception {
        ASN1ObjectIdentifier digest;
        byte[] salt;
        BigInteger iterations;
        try {
            digest = mac.getMac().getAlgorithmId().getAlgorithm();
            salt = mac.getSalt();
            iterations = mac.getIterationCount();
        } catch (RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.macMalformed, e);
        }
        if (Oids.PBMAC1.equals(digest) || !MAC_DIGESTS.contains(digest)) {
            throw unsupported(Messages.partMac, Oids.name(digest));
        }
        int count = iterations(iterations, Messages.partMac);
        saltLength(salt.length, Messages.partMac);
        return new Protection(Protection.Part.MAC, "HMAC-" + Oids.name(digest).replace("-", ""), count, salt.length); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Checks a password-based encryption algorithm (of EncryptedData or of a shrouded key) and describes it. */
    Protection checkEncryption(AlgorithmIdentifier algorithm, Protection.Part part) throws Pkcs12Exception {
        String where = part == Protection.Part.KEY ? Messages.partKey : Messages.partContent;
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        try {
            if (Oids.PBES2.equals(oid)) {
                return pbes2(PBES2Parameters.getInstance(algorithm.getParameters()), part, where);
            }
            if (PKCS12_PBE.contains(oid)) {
                PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
                int count = iterations(params.getIterations(), where);
                saltLength(params.getIV().length, where);
                return new Protection(part, Oids.name(oid), count, params.getIV().length);
            }
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, NLS.bind(Messages.parametersMalformed, where), e);
        }
        throw unsupported(where, Oids.name(oid));
    }

    private Protection pbes2(PBES2Parameters params, Protection.Part part, String where) throws Pkcs12Exception {
        ASN1ObjectIdentifier kdf = params.getKeyDerivationFunc().getAlgorithm();
        if (!Oids.PBKDF2.equals(kdf)) {
            throw unsupported(where, "PBES2 / " + Oids.name(kdf)); //$NON-NLS-1$
        }
        PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        ASN1ObjectIdentifier prf = pbkdf2.getPrf().getAlgorithm();
        ASN1ObjectIdentifier cipher = params.getEncryptionScheme().getAlgorithm();
        if (!PRFS.contains(prf) || !PBES2_CIPHERS.contains(cipher)) {
            throw unsupported(where, "PBES2 / PBKDF2-" + Oids.name(prf) + " / " + Oids.name(cipher)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BigInteger keyLength = pbkdf2.getKeyLength();
        if (keyLength != null && (keyLength.signum() <= 0 || keyLength.compareTo(BigInteger.valueOf(MAX_KEY_LENGTH)) > 0)) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                    NLS.bind(Messages.keyLengthUnreasonable, where, keyLength));
        }
        byte[] salt = pbkdf2.getSalt();
        int count = iterations(pbkdf2.getIterationCount(), where);
        saltLength(salt.length, where);
        return new Protection(part, "PBES2 / PBKDF2-" + Oids.name(prf) + " / " + Oids.name(cipher), count, //$NON-NLS-1$ //$NON-NLS-2$
                salt.length);
    }

    private int iterations(BigInteger count, String where) throws Pkcs12Exception {
        if (count == null || count.signum() <= 0) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                    NLS.bind(Messages.iterationsNotPositive, where, String.valueOf(count)));
        }
        if (count.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source, NLS.bind(Messages.iterationsTooHigh,
                    new Object[] { where, String.format("%,d", count), String.format("%,d", MAX_ITERATIONS) })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        total += count.longValue();
        if (total > MAX_TOTAL_ITERATIONS) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source, NLS.bind(Messages.iterationsTotalTooHigh,
                    String.format("%,d", total), String.format("%,d", MAX_TOTAL_ITERATIONS))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return count.intValue();
    }

    private void saltLength(int length, String where) throws Pkcs12Exception {
        if (length > MAX_SALT_LENGTH) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                    NLS.bind(Messages.saltTooLong, where, Integer.valueOf(length)));
        }
    }

    private Pkcs12Exception unsupported(String where, String algorithm) {
        return new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source,
                NLS.bind(Messages.algorithmUnsupported, where, algorithm));
    }
}

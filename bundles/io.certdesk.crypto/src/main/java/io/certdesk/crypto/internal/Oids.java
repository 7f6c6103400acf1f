package io.certdesk.crypto.internal;

import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/** Object identifiers the engine reads and writes, with the names shown in reports. */
public final class Oids {

    public static final ASN1ObjectIdentifier PBES2 = PKCSObjectIdentifiers.id_PBES2;
    public static final ASN1ObjectIdentifier PBKDF2 = PKCSObjectIdentifiers.id_PBKDF2;
    public static final ASN1ObjectIdentifier PBMAC1 = new ASN1ObjectIdentifier("1.2.840.113549.1.5.14"); //$NON-NLS-1$
    public static final ASN1ObjectIdentifier SCRYPT = new ASN1ObjectIdentifier("1.3.6.1.4.1.11591.4.11"); //$NON-NLS-1$
    public static final ASN1ObjectIdentifier HMAC_SHA1 = PKCSObjectIdentifiers.id_hmacWithSHA1;
    public static final ASN1ObjectIdentifier HMAC_SHA224 = PKCSObjectIdentifiers.id_hmacWithSHA224;
    public static final ASN1ObjectIdentifier HMAC_SHA256 = PKCSObjectIdentifiers.id_hmacWithSHA256;
    public static final ASN1ObjectIdentifier HMAC_SHA384 = PKCSObjectIdentifiers.id_hmacWithSHA384;
    public static final ASN1ObjectIdentifier HMAC_SHA512 = PKCSObjectIdentifiers.id_hmacWithSHA512;
    public static final ASN1ObjectIdentifier AES128_CBC = NISTObjectIdentifiers.id_aes128_CBC;
    public static final ASN1ObjectIdentifier AES192_CBC = NISTObjectIdentifiers.id_aes192_CBC;
    public static final ASN1ObjectIdentifier AES256_CBC = NISTObjectIdentifiers.id_aes256_CBC;
    public static final ASN1ObjectIdentifier DES_EDE3_CBC = PKCSObjectIdentifiers.des_EDE3_CBC;
    public static final ASN1ObjectIdentifier PBE_SHA1_3DES = PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC;
    public static final ASN1ObjectIdentifier PBE_SHA1_2DES = PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC;
    public static final ASN1ObjectIdentifier PBE_SHA1_RC2_128 = PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC;
    public static final ASN1ObjectIdentifier PBE_SHA1_RC2_40 = PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC;
    public static final ASN1ObjectIdentifier PBE_SHA1_RC4_128 = PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC4;
    public static final ASN1ObjectIdentifier PBE_SHA1_RC4_40 = PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC4;
    public static final ASN1ObjectIdentifier SHA1 = OIWObjectIdentifiers.idSHA1;
    public static final ASN1ObjectIdentifier SHA224 = NISTObjectIdentifiers.id_sha224;
    public static final ASN1ObjectIdentifier SHA256 = NISTObjectIdentifiers.id_sha256;
    public static final ASN1ObjectIdentifier SHA384 = NISTObjectIdentifiers.id_sha384;
    public static final ASN1ObjectIdentifier SHA512 = NISTObjectIdentifiers.id_sha512;

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(PBES2, "PBES2"), //$NON-NLS-1$
            Map.entry(PBKDF2, "PBKDF2"), //$NON-NLS-1$
            Map.entry(PBMAC1, "PBMAC1"), //$NON-NLS-1$
            Map.entry(SCRYPT, "scrypt"), //$NON-NLS-1$
            Map.entry(HMAC_SHA1, "HMAC-SHA1"), //$NON-NLS-1$
            Map.entry(HMAC_SHA224, "HMAC-SHA224"), //$NON-NLS-1$
            Map.entry(HMAC_SHA256, "HMAC-SHA256"), //$NON-NLS-1$
            Map.entry(HMAC_SHA384, "HMAC-SHA384"), //$NON-NLS-1$
            Map.entry(HMAC_SHA512, "HMAC-SHA512"), //$NON-NLS-1$
            Map.entry(AES128_CBC, "AES-128-CBC"), //$NON-NLS-1$
            Map.entry(AES192_CBC, "AES-192-CBC"), //$NON-NLS-1$
            Map.entry(AES256_CBC, "AES-256-CBC"), //$NON-NLS-1$
            Map.entry(DES_EDE3_CBC, "3DES-CBC"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_3DES, "PBE-SHA1-3DES"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_2DES, "PBE-SHA1-2DES"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_RC2_128, "PBE-SHA1-RC2-128"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_RC2_40, "PBE-SHA1-RC2-40"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_RC4_128, "PBE-SHA1-RC4-128"), //$NON-NLS-1$
            Map.entry(PBE_SHA1_RC4_40, "PBE-SHA1-RC4-40"), //$NON-NLS-1$
            Map.entry(SHA1, "SHA-1"), //$NON-NLS-1$
            Map.entry(SHA224, "SHA-224"), //$NON-NLS-1$
            Map.entry(SHA256, "SHA-256"), //$NON-NLS-1$
            Map.entry(SHA384, "SHA-384"), //$NON-NLS-1$
            Map.entry(SHA512, "SHA-512")); //$NON-NLS-1$

    private Oids() {
    }

    /** The display name of an algorithm, or its dotted number when it has none. */
    public static String name(ASN1ObjectIdentifier oid) {
        return NAMES.getOrDefault(oid, oid.getId());
    }
}

package io.certdesk.crypto;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an exported PKCS#12 is protected. Every algorithm is explicit; nothing is left to library defaults.
 * PBMAC1 is never written (JDK, OpenSSL 3.0, NSS and GnuTLS cannot read it yet).
 */
public enum ExportProfile {

    /**
     * PBES2 with PBKDF2-HMAC-SHA256 (16-byte salt) and AES-256-CBC for the key and the certificates;
     * HMAC-SHA256 MAC with the PKCS#12 key derivation (32-byte salt). Read by OpenSSL 3, JDK 8u301+,
     * Windows 10 1709+, Windows Server 2019+, NSS, GnuTLS, current macOS and Android.
     */
    MODERN("modern", "1.2.840.113549.1.5.13", Optional.of("1.2.840.113549.2.9"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Optional.of("2.16.840.1.101.3.4.1.42"), 16, "2.16.840.1.101.3.4.2.1", 32, //$NON-NLS-1$ //$NON-NLS-2$
            "PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC", "HMAC-SHA256"), //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * pbeWithSHAAnd3-KeyTripleDES-CBC (20-byte salt) for the key and the certificates; HMAC-SHA1 MAC
     * (20-byte salt). For Windows Server 2016, Windows 10 before 1709, older macOS and Android, Java before 8u301.
     */
    COMPAT("compat", "1.2.840.113549.1.12.1.3", Optional.empty(), Optional.empty(), 20, //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.14.3.2.26", 20, "PBE-SHA1-3DES", "HMAC-SHA1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Fewest iterations an export may use (OpenSSL 3's default). */
    public static final int MIN_ITERATIONS = 2_048;
    /** Most iterations an export may use; .NET and others refuse "uncommonly high" counts. */
    public static final int MAX_ITERATIONS = 100_000;
    /** Iterations used unless configured otherwise (what keytool writes). */
    public static final int DEFAULT_ITERATIONS = 10_000;

    private final String id;
    private final String encryptionSchemeOid;
    private final Optional<String> prfOid;
    private final Optional<String> cipherOid;
    private final int saltLength;
    private final String macDigestOid;
    private final int macSaltLength;
    private final String encryptionName;
    private final String macName;

    ExportProfile(String id, String encryptionSchemeOid, Optional<String> prfOid, Optional<String> cipherOid,
            int saltLength, String macDigestOid, int macSaltLength, String encryptionName, String macName) {
        this.id = id;
        this.encryptionSchemeOid = encryptionSchemeOid;
        this.prfOid = prfOid;
        this.cipherOid = cipherOid;
        this.saltLength = saltLength;
        this.macDigestOid = macDigestOid;
        this.macSaltLength = macSaltLength;
        this.encryptionName = encryptionName;
        this.macName = macName;
    }

    /** The name used on the command line and in settings: {@code modern} or {@code compat}. */
    public String id() {
        return id;
    }

    /** OID of the encryption scheme of the key bag and of the certificates' EncryptedData. */
    public String encryptionSchemeOid() {
        return encryptionSchemeOid;
    }

    /** OID of the PBKDF2 pseudo-random function (PBES2 profiles only). */
    public Optional<String> prfOid() {
        return prfOid;
    }

    /** OID of the PBES2 cipher (PBES2 profiles only). */
    public Optional<String> cipherOid() {
        return cipherOid;
    }

    /** Salt length in bytes of each encryption. */
    public int saltLength() {
        return saltLength;
    }

    /** OID of the MAC digest (PKCS#12 MacData, not PBMAC1). */
    public String macDigestOid() {
        return macDigestOid;
    }

    /** Salt length in bytes of the MAC. */
    public int macSaltLength() {
        return macSaltLength;
    }

    /** Human-readable encryption, e.g. {@code PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC}. */
    public String encryptionName() {
        return encryptionName;
    }

    /** Human-readable MAC, e.g. {@code HMAC-SHA256}. */
    public String macName() {
        return macName;
    }

    /** The profile with this id (case-insensitive). */
    public static Optional<ExportProfile> fromId(String id) {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (ExportProfile profile : values()) {
            if (profile.id.equals(wanted)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}

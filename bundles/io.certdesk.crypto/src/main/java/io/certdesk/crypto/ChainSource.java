package io.certdesk.crypto;

/** Where a certificate of a chain came from. */
public enum ChainSource {
    /** The PKCS#12 file itself. */
    FILE,
    /** The CA certificates configured as trusted for the portal. */
    TRUSTED,
    /** Downloaded from the caIssuers address of the certificate below it (AIA). */
    FETCHED
}

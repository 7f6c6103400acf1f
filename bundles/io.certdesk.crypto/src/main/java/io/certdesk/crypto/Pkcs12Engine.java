package io.certdesk.crypto;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads downloaded PKCS#12 files, completes and verifies their chains, and re-exports them with a new
 * password under an {@link ExportProfile}. Registered as an OSGi service; outside OSGi use
 * {@link Pkcs12Engines#create()}.
 * <p>
 * Passwords are {@code char[]} owned by the caller: the engine never keeps them and clears its own copies.
 */
public interface Pkcs12Engine {

    /** Largest file the engine reads: 1 MiB (a certificate with its chain is a few KiB). */
    int MAX_FILE_SIZE = 1024 * 1024;

    /**
     * Gets ready for use without waiting: an engine that makes something costly on first use (a JCA provider) starts
     * making it on a background thread, and a first use meanwhile waits for it. For a caller that knows work will
     * follow (a run, before it downloads). Does nothing by default.
     */
    default void prepare() {
        // ready as it is
    }

    /**
     * Reads a PKCS#12 file: its one private key, the end-entity certificate matching it and the other
     * certificates. Hostile parameters are refused before any key derivation runs.
     */
    Pkcs12Contents read(Path file, char[] password) throws Pkcs12Exception;

    /** Reads PKCS#12 data; {@code source} names it in errors (a file or entry name). */
    Pkcs12Contents read(byte[] data, String source, char[] password) throws Pkcs12Exception;

    /**
     * Orders the chain leaf, intermediates, root, completing it from the file's certificates, the trusted
     * CA certificates and, when enabled, each certificate's caIssuers (AIA) address.
     */
    CertificateChain completeChain(Pkcs12Contents contents, TrustSettings trust);

    /** Verifies a chain at an instant against the trust settings. */
    ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at);

    /**
     * Writes the key and chain as a new PKCS#12 (DER) protected by {@code newPassword} and reads it back (MAC, every
     * decryption, same key, same leaf, the expected CA certificates) before returning it; the read-back uses the keys
     * the writing derived instead of deriving them again.
     */
    byte[] export(Pkcs12Contents contents, CertificateChain chain, ExportOptions options, char[] newPassword)
            throws Pkcs12Exception;

    /**
     * Reads {@code in}, completes and verifies its chain, exports it and reads the result back before
     * writing {@code out} owner-only. Nothing is written when any step fails; {@code out} must not exist.
     */
    ConversionResult convert(Path in, char[] password, Path out, char[] newPassword, ExportOptions options,
            TrustSettings trust, Instant at) throws Pkcs12Exception;
}

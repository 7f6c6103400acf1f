package io.certdesk.portal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * The outcome of one download: the PKCS#12 or a catalogue code. Failure is expected, so it is a value. The one
 * download result of CertDesk: the portal client returns it and the workspace's {@code CertificateSource} too.
 */
public sealed interface DownloadResult {

    /** Attempts made (1 unless a safe retry happened). */
    int attempts();

    /** Time from the first attempt to the result. */
    Duration elapsed();

    /**
     * The PKCS#12 as the portal sent it.
     *
     * @param pkcs12 the bytes (encrypted with the retrieval password)
     * @param fileName the file name the portal gave (Content-Disposition) or the profile's default
     * @param firstDownload when the portal says the certificate was first downloaded, if it says so
     */
    record Success(byte[] pkcs12, String fileName, Optional<Instant> firstDownload, int attempts, Duration elapsed)
            implements DownloadResult {
        public Success {
            Objects.requireNonNull(pkcs12, "pkcs12"); //$NON-NLS-1$
            Objects.requireNonNull(fileName, "fileName"); //$NON-NLS-1$
            Objects.requireNonNull(firstDownload, "firstDownload"); //$NON-NLS-1$
        }

        /** One attempt, no time measured (sources other than the portal client). */
        public Success(byte[] pkcs12, String fileName, Optional<Instant> firstDownload) {
            this(pkcs12, fileName, firstDownload, 1, Duration.ZERO);
        }

        @Override
        public String toString() {
            return "Success[" + fileName + ", " + pkcs12.length + " bytes, attempts " + attempts + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * No PKCS#12: the code says why, the detail what exactly was seen (never a secret).
     */
    record Failure(ErrorCode code, String detail, int attempts, Duration elapsed) implements DownloadResult {
        public Failure {
            Objects.requireNonNull(code, "code"); //$NON-NLS-1$
            Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        }

        /** One attempt, no time measured (sources other than the portal client). */
        public Failure(ErrorCode code, String detail) {
            this(code, detail, 1, Duration.ZERO);
        }

        /**
         * Whether the portal says the certificate can no longer be downloaded (not created, or first downloaded more
         * than 24 hours ago: {@link ErrorCode#PORTAL_NOT_AVAILABLE}); a workspace entry then becomes WINDOW_PASSED.
         */
        public boolean windowClosed() {
            return code == ErrorCode.PORTAL_NOT_AVAILABLE;
        }
    }
}

package io.certdesk.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/** What a {@link CertificateSource} answered: the file, or a failure with its catalogue code. */
public sealed interface DownloadResult {

    /**
     * The portal's PKCS#12 (still protected by the retrieval password).
     *
     * @param fileName the name the portal gave (e.g. {@code EndUser.p12}); kept for reports, never used as a path
     * @param firstDownloadAt the portal's first-download time when its answer says so
     */
    record Downloaded(byte[] data, String fileName, Optional<Instant> firstDownloadAt) implements DownloadResult {
        public Downloaded {
            Objects.requireNonNull(data, "data"); //$NON-NLS-1$
            Objects.requireNonNull(fileName, "fileName"); //$NON-NLS-1$
            Objects.requireNonNull(firstDownloadAt, "firstDownloadAt"); //$NON-NLS-1$
        }
    }

    /**
     * The download failed.
     *
     * @param detail what exactly happened (never a secret)
     * @param windowClosed whether the portal says the certificate can no longer be downloaded (already
     *        downloaded more than 24 hours ago): the entry then moves to {@link EntryState#WINDOW_PASSED}
     */
    record Failed(ErrorCode code, String detail, boolean windowClosed) implements DownloadResult {
        public Failed {
            Objects.requireNonNull(code, "code"); //$NON-NLS-1$
            Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        }
    }
}

package io.certdesk.workspace;

/**
 * Where certificates are downloaded from: the issuing portal's client, adapted to this interface. The pipeline
 * calls it at most once per entry, and again only when the stored copy is missing or damaged while the 24-hour
 * window is still open. Implementations must be safe to call from several threads (the pipeline bounds how many).
 */
@FunctionalInterface
public interface CertificateSource {

    /**
     * Downloads one certificate. Expected failures (portal errors, network problems) are values, not exceptions;
     * an unchecked exception is recorded as {@code UNKNOWN} (1103).
     */
    DownloadResult download(DownloadRequest request);
}

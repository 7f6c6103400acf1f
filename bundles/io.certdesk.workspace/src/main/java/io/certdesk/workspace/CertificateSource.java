package io.certdesk.workspace;

import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;

/**
 * Where certificates are downloaded from: the issuing portal's client, adapted to this interface. The pipeline
 * calls it at most once per entry, and again only when the stored copy is missing or damaged while the 24-hour
 * window is still open. Implementations must be safe to call from several threads (the pipeline bounds how many).
 * Request and result are the portal client's ({@link DownloadRequest}, {@link DownloadResult}): the pipeline
 * creates the request and closes it (wiping its password copy) after the call; a source keeps nothing of it.
 */
@FunctionalInterface
public interface CertificateSource {

    /**
     * Downloads one certificate. Expected failures (portal errors, network problems) are values, not exceptions;
     * an unchecked exception is recorded as {@code UNKNOWN} (1103). A {@link DownloadResult.Failure} whose
     * {@linkplain DownloadResult.Failure#windowClosed() window is closed} moves the entry to WINDOW_PASSED.
     */
    DownloadResult download(DownloadRequest request);
}

package io.certdesk.jobs.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.portal.client.PortalClient;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.workspace.CertificateSource;

/**
 * The workspace pipeline's download stage on the portal client: the request and result are the portal client's
 * own, passed through. The portal's "not created or already downloaded" answer (502) is a failure whose window is
 * closed: the entry then becomes WINDOW_PASSED.
 */
public final class PortalCertificateSource implements CertificateSource, AutoCloseable {

    private final PortalClient client;
    private final AtomicInteger downloads = new AtomicInteger();

    private PortalCertificateSource(PortalClient client) {
        this.client = client;
    }

    /** A source on this profile and client settings (proxy, timeouts, extra CAs). */
    public static PortalCertificateSource open(PortalProfile profile, ClientSettings settings) throws PortalClientException {
        return new PortalCertificateSource(PortalClient.open(Objects.requireNonNull(profile, "profile"), //$NON-NLS-1$
                Objects.requireNonNull(settings, "settings"))); //$NON-NLS-1$
    }

    @Override
    public DownloadResult download(DownloadRequest request) {
        DownloadResult result = client.download(request);
        if (result instanceof DownloadResult.Success) {
            downloads.incrementAndGet();
        }
        return result;
    }

    /** Certificates this source received from the portal. */
    public int downloads() {
        return downloads.get();
    }

    @Override
    public void close() {
        client.close();
    }
}

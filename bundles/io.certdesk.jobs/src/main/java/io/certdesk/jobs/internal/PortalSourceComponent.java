package io.certdesk.jobs.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.workspace.CertificateSource;

/**
 * The {@link CertificateSource} service the workspace's {@code download} command uses: the portal client on the
 * profile named by the environment variable {@value #PROFILE_VARIABLE} (else the reference profile), with the
 * system proxy settings. The client is opened at the first download and closed with the component.
 */
@Component(service = CertificateSource.class)
public final class PortalSourceComponent implements CertificateSource {

    /** Environment variable naming a portal profile file. */
    public static final String PROFILE_VARIABLE = "CERTDESK_PORTAL_PROFILE"; //$NON-NLS-1$

    private PortalCertificateSource source;

    @Override
    public DownloadResult download(DownloadRequest request) {
        PortalCertificateSource opened;
        try {
            opened = source();
        } catch (PortalClientException e) {
            return new DownloadResult.Failure(e.code(), e.getMessage());
        }
        return opened.download(request);
    }

    private synchronized PortalCertificateSource source() throws PortalClientException {
        if (source == null) {
            String file = System.getenv(PROFILE_VARIABLE);
            if (file != null && file.isBlank()) {
                throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID, PROFILE_VARIABLE + " is empty"); //$NON-NLS-1$
            }
            source = PortalCertificateSource.open(PortalCertificateSource.profile(file == null ? null : Path.of(file), null),
                    ClientSettings.defaults().withProxy(io.certdesk.core.net.ProxySettings.system()));
        }
        return source;
    }

    @Deactivate
    synchronized void deactivate() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}

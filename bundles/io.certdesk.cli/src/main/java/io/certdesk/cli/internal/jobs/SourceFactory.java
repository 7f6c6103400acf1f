package io.certdesk.cli.internal.jobs;

import java.nio.file.Path;

import io.certdesk.jobs.internal.PortalCertificateSource;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.workspace.CertificateSource;

/** Opens the download source of a run; a source that is {@link AutoCloseable} is closed after the run. */
@FunctionalInterface
public interface SourceFactory {

    CertificateSource open(Path profileFile, Path workspace) throws PortalClientException;

    /** The portal client on the profile ({@code --profile}, the workspace's, or the reference one), system proxy. */
    static SourceFactory portal() {
        return (profileFile, workspace) -> PortalCertificateSource.open(
                PortalCertificateSource.profile(profileFile, workspace),
                ClientSettings.defaults().withProxy(ProxySettings.system()));
    }
}

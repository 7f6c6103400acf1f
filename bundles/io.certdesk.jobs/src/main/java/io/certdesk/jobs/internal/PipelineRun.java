package io.certdesk.jobs.internal;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.RunOptions;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * One run (or retry) of the main job on a workspace: when it downloads, the portal client from the workspace's
 * profile and proxy and the preflight checks before any 24-hour window starts; then the workspace's pipeline with the
 * listener's events.
 */
final class PipelineRun {

    private PipelineRun() {
    }

    static RunSummary run(Workspace workspace, Pkcs12Engine engine, DeliveryConfiguration.Source deliveryConfiguration,
            RunOptions options, JobListener listener, CancelToken cancel, boolean retry) throws JobException {
        Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
        Objects.requireNonNull(cancel, "cancel"); //$NON-NLS-1$
        PortalCertificateSource source = null;
        try {
            if (options.stages().contains(PipelineStage.DOWNLOAD)) {
                WorkspaceSettings configured = workspace.settings();
                PortalProfile profile = WorkspaceConfigurations.portalProfile(workspace.folder(), configured);
                try (ProxySettings proxy = WorkspaceConfigurations.proxy(workspace, configured)) {
                    source = PortalCertificateSource.open(profile, ClientSettings.defaults().withProxy(proxy));
                }
                // downloading starts the 24-hour windows: whatever would fail later stops the run now
                new Preflight(workspace, options, retry).check(deliveryConfiguration);
            }
            PipelineEvents events = new PipelineEvents(listener);
            RunSummary summary = workspace.pipeline(engine, Optional.ofNullable(source))
                    .run(options.pipelineOptions(retry), events, cancel);
            events.flush();
            return summary;
        } catch (PortalClientException e) {
            throw Failures.of(e);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } finally {
            if (source != null) {
                source.close();
            }
        }
    }
}

package io.certdesk.jobs.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.LoopbackMailSink;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalException;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;

/** The {@link DemoService}: the reference portal and the demo mail sink on loopback, a workspace from the {@link JobService}. */
@Component(service = DemoService.class)
public final class DefaultDemoService implements DemoService {

    static final String GROUP = "CERTDESK-DEMO"; //$NON-NLS-1$

    private final JobService jobs;

    @Activate
    public DefaultDemoService(@Reference JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public DemoSetup start(int users, Path folder, Locale locale) throws JobException {
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be 1 to " + MAX_USERS + ", not " + users); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path root = folder.toAbsolutePath();
        Path roster = root.resolve("roster.xlsx"); //$NON-NLS-1$
        Path workspaceFolder = root.resolve("workspace"); //$NON-NLS-1$
        Path passphraseFile = root.resolve("workspace-passphrase.txt"); //$NON-NLS-1$
        ReferencePortal portal = null;
        WorkspaceSession session = null;
        LoopbackMailSink sink = null;
        char[] passphrase = null;
        try {
            DemoFiles.createFolder(root);
            PortalDataFolder data = new PortalDataFolder(root.resolve("portal")); //$NON-NLS-1$
            Provisioner provisioner = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo"))); //$NON-NLS-1$
            List<IssuedCertificate> issued = provisioner.provision(ProvisioningRequest.of(GROUP, users));
            int provisioned = issued.size();
            try {
                Rosters.write(roster, issued, locale);
            } finally {
                issued.forEach(IssuedCertificate::clear);
            }
            DemoFiles.addPasswordRecipients(roster, locale);
            passphrase = DemoFiles.newPassphrase(passphraseFile);
            // the demo's portal and mail sink are on loopback: no proxy; its client profile is kept in the workspace
            portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
            // the anchors of the portal's own profile: its issuer.ca.files (root and issuing CA) and expected root
            WorkspaceSettings settings = WorkspaceSettings.defaults()
                    .withTrust(WorkspaceTrust.fromProfile(PortalProfiles.load(data.clientProfile())))
                    .withProxy(ProxySettings.direct());
            session = jobs.create(workspaceFolder, passphrase, settings);
            DurableFiles.write(workspaceFolder.resolve(JobService.WORKSPACE_PROFILE), Files.readAllBytes(data.clientProfile()),
                    WriteMode.CREATE_NEW);
            jobs.configure(session, settings.withPortalProfile(Optional.of(Path.of(JobService.WORKSPACE_PROFILE))));
            Path outbox = workspaceFolder.resolve(WorkspaceDelivery.OUTBOX);
            OwnerOnly.directory(outbox);
            sink = LoopbackMailSink.start(outbox, 0);
            DemoFiles.writeMailSettings(workspaceFolder, sink.port(), locale);
            return new Running(root, provisioned, roster, workspaceFolder, passphraseFile, outbox, portal.baseUrl(),
                    data.tlsCaCertificate(), portal, sink, session);
        } catch (IOException e) {
            stop(portal, sink, session);
            throw new JobException(ErrorCode.STORE_CANNOT_WRITE, String.valueOf(e.getMessage()), e);
        } catch (PortalClientException e) {
            stop(portal, sink, session);
            throw new JobException(e.code(), e.getMessage(), e);
        } catch (PortalException e) {
            stop(portal, sink, session);
            throw new JobException(e.code(), e.getMessage(), e);
        } catch (DeliveryException e) {
            stop(portal, sink, session);
            throw new JobException(e.code(), e.getMessage(), e);
        } catch (JobException | RuntimeException e) {
            stop(portal, sink, session);
            throw e;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private static void stop(ReferencePortal portal, LoopbackMailSink sink, WorkspaceSession session) {
        if (sink != null) {
            sink.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (session != null) {
            try {
                session.close();
            } catch (JobException e) {
                // the original failure is the one to report
            }
        }
    }

    /** A started demo. */
    private record Running(Path folder, int users, Path roster, Path workspace, Path passphraseFile, Path outbox,
            URI portal, Path portalTrust, ReferencePortal server, LoopbackMailSink sink, WorkspaceSession session)
            implements DemoSetup {

        @Override
        public String group() {
            return GROUP;
        }

        @Override
        public Path exports() {
            return folder.resolve("exported"); //$NON-NLS-1$
        }

        @Override
        public Path result() {
            return folder.resolve("result.xlsx"); //$NON-NLS-1$
        }

        @Override
        public int mailSinkPort() {
            return sink.port();
        }

        @Override
        public void close() throws JobException {
            try {
                session.close();
            } finally {
                sink.close();
                server.close();
            }
        }
    }
}

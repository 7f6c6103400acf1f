package io.certdesk.jobs.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.WorkspaceConfiguration;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * The one reader and writer of a workspace's configuration: the settings in its database (export, renewal, margin,
 * password policy, trust anchors, proxy, portal profile file), its mail settings file and its encrypted secrets
 * (SMTP and proxy passwords). Every operation of the job service that needs a part of the configuration asks here.
 */
final class WorkspaceConfigurations {

    private WorkspaceConfigurations() {
    }

    /** The whole configuration (no secret in it). */
    static WorkspaceConfiguration read(Workspace workspace) throws JobException {
        try {
            WorkspaceSettings settings = workspace.settings();
            Optional<MailConfiguration> mail = MailSettingsFile.exists(workspace.folder())
                    ? Optional.of(MailSettingsFile.load(workspace.folder()).configuration())
                    : Optional.empty();
            return new WorkspaceConfiguration(settings, portalProfile(workspace.folder(), settings), mail,
                    stored(workspace, JobService.SMTP_PASSWORD_SECRET), stored(workspace, JobService.PROXY_PASSWORD_SECRET));
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    /** The portal profile the settings name (relative to the workspace folder), else the reference portal's. */
    static PortalProfile portalProfile(Path folder, WorkspaceSettings settings) throws JobException {
        if (settings.portalProfile().isEmpty()) {
            return PortalProfiles.reference();
        }
        try {
            return PortalProfiles.load(folder.resolve(settings.portalProfile().get()));
        } catch (PortalClientException e) {
            throw Failures.of(e);
        }
    }

    /** The proxy of downloads with its stored password; the caller closes it. */
    static ProxySettings proxy(Workspace workspace, WorkspaceSettings settings) throws JobException {
        try {
            return settings.proxyWithPassword(settings.proxy().user().isPresent()
                    ? workspace.secret(JobService.PROXY_PASSWORD_SECRET)
                    : Optional.empty());
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    /** Checks the settings (the portal profile must be readable), then stores them. */
    static void write(Workspace workspace, WorkspaceSettings settings) throws JobException {
        portalProfile(workspace.folder(), settings);
        try {
            workspace.updateSettings(settings);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    /** Writes the mail settings file and records it in the audit log. */
    static void writeMail(Workspace workspace, MailConfiguration mail) throws JobException {
        try {
            MailSettingsFile.write(workspace.folder(), mail);
            workspace.audit("workspace.mail-settings", Optional.empty(), //$NON-NLS-1$
                    mail.settings().smtp().host() + ':' + mail.settings().smtp().port() + ", from " + mail.settings().from()); //$NON-NLS-1$
        } catch (DeliveryException e) {
            throw Failures.of(e);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    /**
     * A workspace of an earlier version kept its portal profile as {@value JobService#WORKSPACE_PROFILE} without
     * naming it in its settings: name it there, once, so that the settings stay the one place.
     */
    static void adoptLegacyProfile(Workspace workspace) throws JobException {
        try {
            WorkspaceSettings settings = workspace.settings();
            if (settings.portalProfile().isEmpty() && Files.isRegularFile(workspace.folder().resolve(JobService.WORKSPACE_PROFILE))) {
                write(workspace, settings.withPortalProfile(Optional.of(Path.of(JobService.WORKSPACE_PROFILE))));
            }
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    private static boolean stored(Workspace workspace, String secret) throws WorkspaceException {
        Optional<char[]> value = workspace.secret(secret);
        value.ifPresent(v -> Arrays.fill(v, '\0'));
        return value.isPresent();
    }
}

package io.certdesk.jobs;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.portal.client.PortalProfile;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * Everything a workspace is configured with, read in one place by {@link JobService#configuration}: every command
 * and the workbench take the portal profile, trust anchors, proxy, mail settings, password policy, renewal days and
 * at-risk margin from here, so no two of them can use different ones. Written through
 * {@link JobService#configure}, {@link JobService#configureMail}, {@link JobService#storeSmtpPassword} and
 * {@link JobService#storeProxyPassword}. Secrets are never part of it; the flags say whether they are stored.
 *
 * @param settings            what the workspace database keeps: export profile and iterations, renewal window days,
 *                            at-risk margin, password policy, trust anchors, the proxy (without its password) and
 *                            the portal profile file
 * @param portal              the portal profile downloads use: the file the settings name, else the reference
 *                            portal's built-in profile
 * @param mail                the mail settings; empty when the workspace has none (then nothing can be mailed)
 * @param smtpPasswordStored  whether the SMTP login password is stored (encrypted)
 * @param proxyPasswordStored whether the proxy password is stored (encrypted)
 */
public record WorkspaceConfiguration(WorkspaceSettings settings, PortalProfile portal, Optional<MailConfiguration> mail,
        boolean smtpPasswordStored, boolean proxyPasswordStored) {

    public WorkspaceConfiguration {
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        Objects.requireNonNull(portal, "portal"); //$NON-NLS-1$
        Objects.requireNonNull(mail, "mail"); //$NON-NLS-1$
    }
}

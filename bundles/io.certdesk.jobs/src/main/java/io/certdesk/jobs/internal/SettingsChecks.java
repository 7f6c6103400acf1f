package io.certdesk.jobs.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.jobs.CheckResult;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.PortalSettings;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.ConnectionCheck;
import io.certdesk.portal.client.PortalClient;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;

/**
 * The checks behind the settings dialog's buttons (Test connection, Test proxy, Send a test mail) and the writer of
 * the portal part of the profile. Headless: the command line can run the same checks.
 */
final class SettingsChecks {

    private SettingsChecks() {
    }

    /** Reaches the portal through the proxy (its stored password when it has a user and none was given). */
    static CheckResult testConnection(Workspace workspace, PortalSettings portal, ProxySettings proxy) throws JobException {
        PortalProfile profile;
        try {
            profile = portal.applyTo(WorkspaceConfigurations.portalProfile(workspace.folder(), workspace.settings()));
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
        try (ProxySettings effective = withStoredPassword(workspace, proxy);
                PortalClient client = PortalClient.open(profile, ClientSettings.defaults().withProxy(effective))) {
            ConnectionCheck check = client.checkConnection();
            return check.failure().map(code -> CheckResult.failed(code, check.detail()))
                    .orElseGet(() -> CheckResult.success(profile.baseUrl() + ": " + check.detail())); //$NON-NLS-1$
        } catch (PortalClientException e) {
            return CheckResult.failed(e.code(), e.getMessage());
        }
    }

    private static ProxySettings withStoredPassword(Workspace workspace, ProxySettings proxy) throws JobException {
        if (proxy.isDirect() || proxy.user().isEmpty()) {
            return proxy.withoutPassword();
        }
        if (!proxy.password().isEmpty()) {
            return proxy.withCredentials(proxy.user().get(), proxy.password().duplicate()); // a copy: the caller closes its own
        }
        try {
            Optional<char[]> stored = workspace.secret(JobService.PROXY_PASSWORD_SECRET);
            if (stored.isEmpty()) {
                return proxy.withoutPassword();
            }
            try {
                return proxy.withCredentials(proxy.user().get(), stored.get());
            } finally {
                Arrays.fill(stored.get(), '\0');
            }
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    /** Sends one test mail with these settings and the given (else the stored) SMTP password. */
    static CheckResult sendTestMail(Workspace workspace, MailConfiguration mail, char[] password, String to)
            throws JobException {
        DeliverySettings d = mail.settings();
        SmtpSettings s = d.smtp();
        char[] secret = null;
        try {
            if (password != null && password.length > 0) {
                secret = password.clone();
            } else if (s.authenticates()) {
                secret = workspace.secret(JobService.SMTP_PASSWORD_SECRET).orElse(null);
            }
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
        try (SmtpSettings smtp = new SmtpSettings(s.host(), s.port(), s.security(), s.user(), secret,
                s.extraTrustedCertificates(), s.timeout())) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            DeliverySettings.Builder builder = rebuild(d, smtp);
            String body = NLS.bind(Messages.testMailBody, new Object[] { s.host(), Integer.toString(s.port()), d.from() });
            try {
                return CheckResult.success(DeliveryEngine.sendTestMail(builder.build(), to, Messages.testMailSubject, body));
            } catch (DeliveryException e) {
                return CheckResult.failed(e.code(), e.getMessage());
            }
        }
    }

    /** A builder with every setting of {@code d} and this SMTP server (the caller changes what differs). */
    static DeliverySettings.Builder rebuild(DeliverySettings d, SmtpSettings smtp) {
        DeliverySettings.Builder builder = DeliverySettings.builder(smtp, d.from()).fromName(d.fromName())
                .replyTo(d.replyTo()).bcc(d.bcc()).adminContact(d.adminContact()).ratePerMinute(d.ratePerMinute())
                .passwordMailDelay(d.passwordMailDelay()).allowSameMailbox(d.allowSameMailbox()).charset(d.charset())
                .locale(d.locale()).maxAttempts(d.maxAttempts()).retryBackoff(d.retryBackoff());
        d.templateFolder().ifPresent(builder::templateFolder);
        d.fileNameTemplate().ifPresent(builder::fileNameTemplate);
        return builder;
    }

    /**
     * Writes the portal part into the workspace's own {@value JobService#WORKSPACE_PROFILE} (the other entries taken
     * from the profile file the settings named, if any), checks that it loads, names it in the settings and records
     * the change in the audit log.
     */
    static void configurePortal(Workspace workspace, PortalSettings portal) throws JobException {
        try {
            WorkspaceSettings settings = workspace.settings();
            Path target = workspace.folder().resolve(JobService.WORKSPACE_PROFILE);
            Properties own = new Properties();
            Optional<Path> current = settings.portalProfile().map(workspace.folder()::resolve);
            if (current.isPresent() && Files.isRegularFile(current.get())) {
                try (Reader reader = Files.newBufferedReader(current.get(), StandardCharsets.UTF_8)) {
                    own.load(reader);
                }
            }
            own.setProperty("base.url", portal.baseUrl().toString()); //$NON-NLS-1$
            own.setProperty("tls.ca.files", join(portal.tlsCaFiles())); //$NON-NLS-1$
            own.setProperty("issuer.ca.files", join(portal.issuerCaFiles())); //$NON-NLS-1$
            own.setProperty("issuer.expected.root", portal.expectedRoot().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
            Path temporary = OwnerOnly.temporaryFile(workspace.folder(), "portal-profile", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    own.store(writer, "CertDesk portal profile (written by the workspace settings; docs/portal-protocol.md)"); //$NON-NLS-1$
                }
                PortalProfiles.load(temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            if (!settings.portalProfile().equals(Optional.of(Path.of(JobService.WORKSPACE_PROFILE)))) {
                WorkspaceConfigurations.write(workspace, settings.withPortalProfile(Optional.of(Path.of(JobService.WORKSPACE_PROFILE))));
            }
            workspace.audit("workspace.portal-settings", Optional.empty(), portal.baseUrl() + ", TLS CA files " //$NON-NLS-1$ //$NON-NLS-2$
                    + portal.tlsCaFiles().size() + ", issuer CA files " + portal.issuerCaFiles().size()); //$NON-NLS-1$
        } catch (IOException e) {
            throw new JobException(ErrorCode.STORE_SETTINGS_INVALID, "The portal profile cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (PortalClientException e) {
            throw Failures.of(e);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    private static String join(java.util.List<Path> files) {
        return files.stream().map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining(",")); //$NON-NLS-1$
    }
}

package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;

/**
 * A workspace's configuration is read and written in one place, the job service, and survives closing: the portal
 * profile, proxy (password encrypted, never handed out), password policy, renewal window, margin and mail settings.
 */
class ConfigurationTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temp;

    /**
     * A workspace is created only with a trust anchor; these never verify a chain, so a pinned root fingerprint
     * (SHA-256 of no particular root) is the cheapest anchor.
     */
    private static final WorkspaceSettings ANCHORED = WorkspaceSettings.defaults()
            .withTrust(WorkspaceTrust.pinning("00".repeat(32)));

    private final JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
    private WorkspaceSession session;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void everyPartIsReadBackAfterReopening() throws Exception {
        Path profile = Files.writeString(temp.resolve("trust-bank.properties"),
                "name = Trust bank\nbase.url = https://certs.trust-bank.example/\n");
        Path folder = temp.resolve("ws");
        session = jobs.create(folder, PASSPHRASE, ANCHORED);
        WorkspaceConfiguration fresh = jobs.configuration(session);
        assertEquals(PortalProfiles.reference().baseUrl(), fresh.portal().baseUrl(), "no profile: the reference portal");
        assertEquals(ProxySettings.system(), fresh.settings().proxy(), "a new workspace follows the system's proxy");
        assertTrue(fresh.mail().isEmpty());
        assertFalse(fresh.proxyPasswordStored());
        assertFalse(fresh.smtpPasswordStored());

        WorkspaceSettings changed = fresh.settings().withPortalProfile(Optional.of(profile))
                .withPasswordPolicy(PasswordPolicy.of(12, EnumSet.of(PasswordPolicy.CharacterClass.DIGITS)))
                .withProxy(ProxySettings.manual("proxy.corp.example", 8080, "alice", "typed".toCharArray()))
                .withRenewalWindowDays(40).withWindowMargin(Duration.ofHours(3));
        jobs.configure(session, changed);
        jobs.storeProxyPassword(session, "proxy-password".toCharArray());
        MailConfiguration mail = new MailConfiguration(DeliverySettings
                .builder(SmtpSettings.of("smtp.corp.example", 587, SmtpSecurity.STARTTLS_REQUIRED), "admin@corp.example.jp")
                .fromName("\u7ba1\u7406\u8005").bcc("audit@corp.example.jp").charset(MailCharset.ISO_2022_JP)
                .locale(Locale.ENGLISH).ratePerMinute(12).passwordMailDelay(Duration.ofMinutes(10)).build(),
                DeliveryChannel.MAIL, DeliveryChannel.HANDOUT);
        jobs.configureMail(session, mail);
        session.close();

        session = jobs.open(folder, PASSPHRASE);
        WorkspaceConfiguration read = jobs.configuration(session);
        assertEquals(changed, read.settings());
        assertEquals(Optional.of("alice"), read.settings().proxy().user());
        assertTrue(read.settings().proxy().password().isEmpty(), "the password is never part of the settings");
        assertTrue(read.proxyPasswordStored());
        assertEquals("https://certs.trust-bank.example/", read.portal().baseUrl().toString());
        assertEquals(12, read.settings().passwordPolicy().length());
        MailConfiguration mailRead = read.mail().orElseThrow();
        assertEquals("\u7ba1\u7406\u8005", mailRead.settings().fromName());
        assertEquals("audit@corp.example.jp", mailRead.settings().bcc());
        assertEquals(MailCharset.ISO_2022_JP, mailRead.settings().charset());
        assertEquals(Locale.ENGLISH.getLanguage(), mailRead.settings().locale().getLanguage());
        assertEquals(12, mailRead.settings().ratePerMinute());
        assertEquals(Duration.ofMinutes(10), mailRead.settings().passwordMailDelay());
        assertEquals(DeliveryChannel.HANDOUT, mailRead.passwordChannel());
        assertTrue(session.hasMailSettings());
        Path csv = temp.resolve("audit.csv");
        jobs.exportAudit(session, csv);
        String audit = Files.readString(csv);
        assertTrue(audit.contains("workspace.settings") && audit.contains("workspace.mail-settings"), audit);
        assertTrue(audit.contains("proxy.corp.example:8080, user alice"), audit);
        assertFalse(audit.contains("proxy-password") || audit.contains("typed"), "no secret in the audit log");
        assertFalse(Files.readString(folder.resolve(JobService.MAIL_SETTINGS_FILE)).contains("proxy-password"));
    }

    @Test
    void aProfileThatCannotBeReadIsRefusedAndTheOldOneKept() throws Exception {
        session = jobs.create(temp.resolve("ws"), PASSPHRASE, ANCHORED);
        WorkspaceSettings settings = jobs.configuration(session).settings();
        JobException e = assertThrows(JobException.class, () -> jobs.configure(session,
                settings.withPortalProfile(Optional.of(temp.resolve("missing.properties")))));
        assertEquals(ErrorCode.STORE_SETTINGS_INVALID, e.code());
        assertTrue(e.getMessage().contains("missing.properties"), e.getMessage());
        assertEquals(Optional.empty(), jobs.configuration(session).settings().portalProfile());
        JobException atCreation = assertThrows(JobException.class, () -> jobs.create(temp.resolve("other"), PASSPHRASE,
                ANCHORED.withPortalProfile(Optional.of(temp.resolve("missing.properties")))));
        assertEquals(ErrorCode.STORE_SETTINGS_INVALID, atCreation.code());
        assertFalse(Files.exists(temp.resolve("other")), "checked before anything is created");
    }

    @Test
    void anEarlierWorkspacesProfileFileIsNamedInItsSettingsWhenItOpens() throws Exception {
        Path folder = temp.resolve("ws");
        jobs.create(folder, PASSPHRASE, ANCHORED).close();
        Files.writeString(folder.resolve(JobService.WORKSPACE_PROFILE), "base.url = https://portal.example/\n");
        session = jobs.open(folder, PASSPHRASE);
        WorkspaceConfiguration read = jobs.configuration(session);
        assertEquals(Optional.of(Path.of(JobService.WORKSPACE_PROFILE)), read.settings().portalProfile());
        assertEquals("https://portal.example/", read.portal().baseUrl().toString());
        assertEquals(List.of(), read.settings().trust().trustedCertificates());
    }
}

package io.certdesk.cli.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.cli.CommandContribution;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import io.certdesk.workspace.Workspaces;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.TestCertificates;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The workspace commands through picocli, as {@code certdesk} runs them, on the job service against the reference
 * portal on loopback (the workspaces name its client profile in their settings).
 */
class CommandsTest {

    private static final int USERS = 5;

    @TempDir
    static Path portalDir;

    private static ReferencePortal portal;
    private static PortalDataFolder data;
    private static X509Certificate rootCertificate;
    private static final List<String> GROUPS = new java.util.ArrayList<>();
    private static final List<String> NUMBERS = new java.util.ArrayList<>();
    private static final List<String> PASSWORDS = new java.util.ArrayList<>();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Command(name = "certdesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    @BeforeAll
    static void start() throws Exception {
        data = new PortalDataFolder(portalDir.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("CMDS", USERS));
        for (IssuedCertificate certificate : issued) {
            GROUPS.add(certificate.groupId());
            NUMBERS.add(certificate.certificateNumber());
            PASSWORDS.add(new String(certificate.retrievalPassword()));
            certificate.clear();
        }
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            rootCertificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
    }

    /** The provisioned users' roster rows. */
    private static List<EntryDraft> issued() {
        List<EntryDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            drafts.add(EntryDraft.builder(GROUPS.get(i), NUMBERS.get(i), PASSWORDS.get(i).toCharArray())
                    .name("User " + (i + 1)).build());
        }
        return drafts;
    }

    /** A workspace trusting the portal's root, exports at 2,048 iterations (fast). */
    private Workspace create(Path folder) throws Exception {
        return Workspaces.create(folder, Fixture.PASSPHRASE.toCharArray(), WorkspaceSettings.defaults()
                .withExport(ExportProfile.MODERN, 2048)
                .withTrust(WorkspaceTrust.trusting(List.of(rootCertificate)))
                .withProxy(ProxySettings.direct()).withPortalProfile(Optional.of(data.clientProfile())), clock);
    }

    /** The passphrase in the environment. */
    private static Map<String, String> environment(String passphrase) {
        Map<String, String> env = new HashMap<>();
        env.put(Passphrase.ENVIRONMENT_VARIABLE, passphrase);
        return env;
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private int run(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(TestCertificates.engine(), clock, env, SecretReader.Prompt.none(), false);
        CommandLine root = new CommandLine(new Root());
        for (CommandContribution c : List.<CommandContribution>of(new Contributions.WorkspaceContribution(context),
                new Contributions.DownloadContribution(context), new Contributions.VerifyContribution(context),
                new Contributions.ExportContribution(context), new Contributions.StatusContribution(context),
                new Contributions.AuditContribution(context))) {
            CommandLine sub = new CommandLine(c.newCommand());
            c.helpTexts(Locale.ENGLISH).ifPresent(sub::setResourceBundle);
            root.addSubcommand(sub);
        }
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        root.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            return 2;
        });
        root.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(ex.getMessage());
            return 1;
        });
        return root.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void initDownloadVerifyExportStatusAndAudit() throws Exception {
        Path ws = dir.resolve("ws");
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), Fixture.PASSPHRASE + "\n");
        Path root = Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(rootCertificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        assertEquals(0, run("workspace", "init", "--workspace", ws.toString(), "--passphrase-file", passphrase.toString(),
                "--trust", root.toString(), "--offline", "--iterations", "2048", "--renewal-days", "40",
                "--portal-profile", data.clientProfile().toString(), "--proxy", "none"), err.toString());
        assertTrue(out.toString().contains("Created the workspace " + ws), out.toString());
        try (Workspace workspace = Fixture.open(ws, clock)) {
            workspace.importEntries(issued());
        }
        Map<String, String> env = environment(Fixture.PASSPHRASE);
        assertEquals(0, run(env, "download", "--workspace", ws.toString(), "--network-threads", "2"), err.toString());
        assertTrue(out.toString().contains("5 entries: 5 downloaded, 0 verified, 0 exported, 0 failed, 0 skipped."), out.toString());
        assertEquals(0, run(env, "verify", "--workspace", ws.toString()), err.toString());
        Path exported = dir.resolve("exported");
        assertEquals(0, run(env, "export", "--workspace", ws.toString(), "--out", exported.toString()), err.toString());
        assertTrue(out.toString().contains("Copied 5 exported file(s) to " + exported), out.toString());
        assertTrue(Files.exists(exported.resolve(NUMBERS.get(0) + ".p12")));
        assertEquals(0, run(env, "status", "--workspace", ws.toString(), "--json"), err.toString());
        String json = out.toString();
        assertTrue(json.startsWith("{\"workspace\":"), json);
        assertTrue(json.contains("\"renewalWindowDays\":40"), json);
        assertTrue(json.contains("\"EXPORTED\":5"), json);
        assertTrue(json.contains("\"certificateNumber\":\"" + NUMBERS.get(0) + "\""), json);
        assertFalse(json.contains("Ret-"), "no retrieval password in the status");
        assertEquals(0, run(env, "status", "--workspace", ws.toString()), err.toString());
        assertTrue(out.toString().contains("exported 5"), out.toString());
        assertEquals(0, run(env, "audit", "verify", "--workspace", ws.toString()), err.toString());
        assertTrue(out.toString().startsWith("The audit log is intact: "), out.toString());
        Path csv = dir.resolve("audit.csv");
        assertEquals(0, run(env, "audit", "export", "--workspace", ws.toString(), "--out", csv.toString()), err.toString());
        assertTrue(Files.readString(csv).contains("entry.exported"));
        assertEquals(1, run(env, "audit", "export", "--workspace", ws.toString(), "--out", csv.toString()), "never overwrites");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db")); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_append_only_update");
            s.execute("UPDATE audit SET detail = 'edited' WHERE seq = 4");
        }
        assertEquals(1, run(env, "audit", "verify", "--workspace", ws.toString()));
        assertTrue(err.toString().startsWith("[308] The audit log is broken from record 4: "), err.toString());
    }

    @Test
    void initRefusesAWorkspaceWithoutAnchorAndTakesTheAnchorsOfThePortalProfile() throws Exception {
        Path bare = dir.resolve("bare");
        assertEquals(1, run("workspace", "init", "--workspace", bare.toString()));
        assertTrue(err.toString().startsWith("[309] The workspace " + bare + " is not created without a trust anchor"),
                err.toString());
        assertTrue(err.toString().contains("--portal-profile"), err.toString());
        assertFalse(err.toString().contains("passphrase"), "refused before the passphrase is asked for: " + err);
        assertFalse(Files.exists(bare));
        Path namesOnly = Files.writeString(dir.resolve("names.properties"),
                "issuer.expected.root = CN=CertDesk Reference Root CA,O=CertDesk Reference Portal,C=JP\n");
        assertEquals(1, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE), "workspace", "init", "--workspace",
                bare.toString(), "--portal-profile", namesOnly.toString()));
        assertTrue(err.toString().startsWith("[309]"), "a root name alone is no anchor: " + err);
        assertEquals(2, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE), "workspace", "init", "--workspace",
                bare.toString(), "--root-fingerprint", "12:34:56"));
        assertTrue(err.toString().contains("SHA-1 thumbprint (40 hex digits)"), err.toString());

        Path ws = dir.resolve("ws");
        assertEquals(0, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE), "workspace", "init", "--workspace",
                ws.toString(), "--portal-profile", data.clientProfile().toString(), "--iterations", "2048"), err.toString());
        try (Workspace workspace = Fixture.open(ws, clock)) {
            io.certdesk.workspace.WorkspaceTrust trust = workspace.settings().trust();
            assertEquals(2, trust.trustedCertificates().size(), "the profile's issuer.ca.files: root and issuing CA");
            assertTrue(trust.trustedCertificates().contains(rootCertificate));
            assertTrue(trust.expectedRoot().orElseThrow().contains("CN=CertDesk Reference Root CA"), trust.toString());
            workspace.importEntries(issued());
        }
        Map<String, String> env = environment(Fixture.PASSPHRASE);
        assertEquals(0, run(env, "download", "--workspace", ws.toString(), "--network-threads", "2"), err.toString());
        assertEquals(0, run(env, "verify", "--workspace", ws.toString()), err.toString());
        assertTrue(out.toString().contains("0 failed"), out.toString());
    }

    @Test
    void clearErrorsAndExitCodes() throws Exception {
        Path ws = dir.resolve("ws");
        create(ws).close();
        assertEquals(1, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, "wrong passphrase here"), "status", "--workspace", ws.toString()));
        assertTrue(err.toString().startsWith("[307] Wrong passphrase for the workspace " + ws), err.toString());
        assertFalse(err.toString().contains("wrong passphrase here"));
        assertEquals(1, run("status", "--workspace", ws.toString()));
        assertTrue(err.toString().contains("No workspace passphrase: use --passphrase-file F"), err.toString());
        assertEquals(2, run("status"), "--workspace is required");
        assertEquals(2, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE), "download", "--workspace", ws.toString(),
                "--network-threads", "99"));
        String pin = io.certdesk.crypto.Fingerprints.sha1(rootCertificate);
        assertEquals(1, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, "short"), "workspace", "init", "--workspace",
                dir.resolve("other").toString(), "--root-fingerprint", pin));
        assertTrue(err.toString().contains("at least 10 characters"), err.toString());
        assertEquals(1, run(Map.of(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE), "workspace", "init", "--workspace",
                ws.toString(), "--root-fingerprint", pin));
        assertTrue(err.toString().startsWith("[301] The folder " + ws + " is not empty"), err.toString());
    }

    @Test
    void failedEntriesGiveExitOneWithTheirCodeAndStatusShowsThem() throws Exception {
        Path ws = dir.resolve("ws");
        try (Workspace workspace = create(ws)) {
            workspace.importEntries(List.of(io.certdesk.workspace.EntryDraft.builder(GROUPS.get(0), "X0000001",
                    "wrong".toCharArray()).build()));
        }
        Map<String, String> env = environment(Fixture.PASSPHRASE);
        assertEquals(1, run(env, "download", "--workspace", ws.toString()));
        // the reference portal refuses the wrong retrieval password: 501 (the fake portal's stand-in source said 1103)
        assertTrue(out.toString().contains("[501] X0000001"), out.toString());
        assertEquals(1, out.toString().split("\\[501\\]", -1).length - 1, "the code is stated once: " + out);
        assertEquals(1, run(env, "status", "--workspace", ws.toString()));
        assertTrue(out.toString().contains("X0000001 failed [501]"), out.toString());
        assertEquals(1, run(env, "status", "--workspace", ws.toString(), "--quiet"));
        assertEquals("", out.toString(), "--quiet prints nothing; the exit code tells");
    }

    @Test
    void everyCommandTakesTheConfigurationFromTheWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        try (Workspace workspace = create(ws)) {
            workspace.importEntries(issued());
        }
        Map<String, String> env = new HashMap<>(environment(Fixture.PASSPHRASE));
        // the variable an earlier version read for 'download' only: no command reads it any more
        env.put("CERTDESK_PORTAL_PROFILE", dir.resolve("missing-profile.properties").toString());
        Path proxyPassword = Files.writeString(dir.resolve("proxy-password.txt"), "proxy-secret-42\n");
        int nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        assertEquals(0, run(env, "workspace", "config", "--workspace", ws.toString(), "--proxy", "127.0.0.1:" + nobody,
                "--proxy-user", "alice", "--proxy-password-file", proxyPassword.toString(), "--password-length", "24",
                "--password-chars", "upper,digits"), err.toString());
        String shown = out.toString();
        assertTrue(shown.contains("Proxy: 127.0.0.1:" + nobody + ", user alice, password stored (encrypted)"), shown);
        assertTrue(shown.contains("Generated passwords: 24 characters from upper,digits"), shown);
        assertTrue(shown.contains("Portal profile: " + data.clientProfile()), shown);
        assertTrue(shown.contains("Mail: not configured"), shown);
        assertFalse(shown.contains("proxy-secret-42"), "never a secret");

        // downloads go through the workspace's proxy: nobody listens there, so every download fails
        assertEquals(1, run(env, "download", "--workspace", ws.toString(), "--network-threads", "2"));
        assertTrue(out.toString().contains("5 entries: 0 downloaded, 0 verified, 0 exported, 5 failed"), out.toString());

        Path mail = Files.writeString(dir.resolve("mail.properties"), "smtp.host = 127.0.0.1\nsmtp.port = 2525\n"
                + "smtp.security = NONE_LOOPBACK_ONLY\nfrom = admin@corp.example.jp\nfrom.name = \u7ba1\u7406\u8005\n"
                + "password.channel = handout\n", StandardCharsets.UTF_8);
        assertEquals(0, run(env, "workspace", "config", "--workspace", ws.toString(), "--proxy", "none",
                "--mail-settings", mail.toString()), err.toString());
        assertTrue(out.toString().contains("Proxy: direct"), out.toString());
        assertTrue(out.toString().contains("Mail: 127.0.0.1:2525 NONE_LOOPBACK_ONLY, from admin@corp.example.jp; file by mail, "
                + "password by handout; SMTP password not stored"), out.toString());
        assertTrue(Files.readString(ws.resolve("delivery.properties"), StandardCharsets.UTF_8).contains("from.name=\u7ba1\u7406\u8005"));

        assertEquals(0, run(env, "download", "--workspace", ws.toString(), "--retry-failed"), err.toString());
        assertTrue(out.toString().contains("5 entries: 5 downloaded"), out.toString());
        assertEquals(0, run(env, "export", "--workspace", ws.toString()), err.toString());
        try (Workspace workspace = Fixture.open(ws, clock)) {
            for (io.certdesk.workspace.Entry entry : workspace.entries()) {
                String password = new String(workspace.exportPassword(entry.id()));
                assertTrue(password.matches("[A-Z0-9]{24}"), "the workspace's password policy: " + password.length());
            }
        }
        assertEquals(1, run(env, "download", "--workspace", ws.toString(), "--portal-profile", dir.resolve("nothing").toString()));
        assertTrue(err.toString().startsWith("[304] "), err.toString());
        assertEquals(0, run(env, "workspace", "config", "--workspace", ws.toString()), err.toString());
        assertTrue(out.toString().contains("Portal profile: " + data.clientProfile()), "a profile that cannot be read is not kept");
    }

    @Test
    void helpInEnglishAndJapanese() {
        CliContext context = new CliContext(TestCertificates.engine(), clock, Map.of(), SecretReader.Prompt.none(), false);
        Contributions.DownloadContribution download = new Contributions.DownloadContribution(context);
        CommandLine english = new CommandLine(new Root());
        CommandLine sub = new CommandLine(download.newCommand());
        download.helpTexts(Locale.ENGLISH).ifPresent(sub::setResourceBundle);
        english.addSubcommand(sub);
        String text = sub.getUsageMessage();
        assertTrue(text.contains("Stored certificates are never downloaded again"), text);
        assertTrue(text.contains("--passphrase-file=F"), text);
        CommandLine japanese = new CommandLine(download.newCommand());
        download.helpTexts(Locale.JAPANESE).ifPresent(japanese::setResourceBundle);
        assertTrue(japanese.getUsageMessage().contains("\u540c\u6642\u30c0\u30a6\u30f3\u30ed\u30fc\u30c9\u6570"), japanese.getUsageMessage());
    }
}

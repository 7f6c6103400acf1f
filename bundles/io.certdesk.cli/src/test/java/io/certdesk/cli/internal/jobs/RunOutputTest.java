package io.certdesk.cli.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.cli.internal.console.Screen;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.Workspaces;
import picocli.CommandLine;

/**
 * What {@code certdesk run} prints, through the real command on the reference portal: failures grouped by error with
 * the code stated once, progress at most once a second without a terminal, one live line per stage on a terminal,
 * {@code --quiet} and {@code --json}.
 */
class RunOutputTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final int USERS = 6;
    /** Rows 1 to 5 carry a wrong retrieval password: the portal refuses them all with the same error. */
    private static final int WRONG = 5;

    @TempDir
    static Path portalDir;

    private static ReferencePortal portal;
    private static PortalDataFolder data;
    private static X509Certificate root;
    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws Exception {
        data = new PortalDataFolder(portalDir.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("OUTPUT", USERS));
        for (int i = 0; i < issued.size(); i++) {
            IssuedCertificate c = issued.get(i);
            String password = i < WRONG ? "Wrong-Password-" + i : new String(c.retrievalPassword());
            ROWS.add(c.groupId() + "," + c.certificateNumber() + "," + password + ",User " + (i + 1) + ",u" + i
                    + "@example.jp");
            c.clear();
        }
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(Screen screen, String... options) throws Exception {
        Path folder = temp.resolve("ws");
        if (!Files.exists(folder)) {
            try (Workspace created = Workspaces.create(folder, PASSPHRASE.toCharArray(), WorkspaceSettings.defaults()
                    .withExport(ExportProfile.MODERN, 2048).withTrust(io.certdesk.workspace.WorkspaceTrust.trusting(List.of(root))),
                    Clock.systemUTC())) {
                assertTrue(Files.isDirectory(created.folder()));
            }
            Files.writeString(temp.resolve("passphrase.txt"), PASSPHRASE + "\n");
            Files.writeString(temp.resolve("roster.csv"), "\uFEFFグループID,証明書番号,取得パスワード,氏名,メールアドレス\r\n"
                    + String.join("\r\n", ROWS) + "\r\n", StandardCharsets.UTF_8);
        }
        return runIn(folder, screen, java.util.Map.of(), text -> Optional.empty(), true, options);
    }

    /** Runs on {@code folder} as it is, with the passphrase file unless options or the prompt say otherwise. */
    private Result runIn(Path folder, Screen screen, java.util.Map<String, String> env, SecretReader.Prompt prompt,
            boolean withPassphraseFile, String... options) throws Exception {
        Files.writeString(temp.resolve("passphrase.txt"), PASSPHRASE + "\n");
        Files.writeString(temp.resolve("roster.csv"), "\uFEFFグループID,証明書番号,取得パスワード,氏名,メールアドレス\r\n"
                + String.join("\r\n", ROWS) + "\r\n", StandardCharsets.UTF_8);
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RunCommand(jobs, screen, env, prompt));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of(temp.resolve("roster.csv").toString(), "--workspace", folder.toString(),
                "--profile", data.clientProfile().toString(),
                "--out", temp.resolve("result-" + System.nanoTime() + ".xlsx").toString()));
        args.addAll(List.of(options));
        if (withPassphraseFile) {
            args.addAll(List.of("--passphrase-file", temp.resolve("passphrase.txt").toString()));
        }
        int exit = line.execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theSameErrorOnManyRowsIsReportedOnceWithTheCountTheFirstRowsAndItsCodeOnce() throws Exception {
        Result r = run(Screen.NONE);
        assertEquals(1, r.exit(), r.out() + r.err());
        List<String> failureLines = r.out().lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(1, failureLines.size(), r.out());
        String line = failureLines.get(0);
        Matcher code = Pattern.compile("^\\[(\\d+)\\]").matcher(line);
        assertTrue(code.find(), line);
        assertEquals(1, count(line, "[" + code.group(1) + "]"), "the code is stated once: " + line);
        assertEquals(1, count(line, "What to do"), "the remedy is stated once: " + line);
        assertTrue(line.contains(WRONG + " entries"), line);
        long named = java.util.stream.IntStream.rangeClosed(1, WRONG).filter(i -> line.contains("(User " + i + ")")).count();
        assertEquals(3, named, "the first three rows are named: " + line);
        assertTrue(line.contains("and 2 more"), line);
        assertTrue(r.out().contains("Every failed row with its error and remedy: "), r.out());
        assertFalse(r.out().contains("Wrong-Password"), "a retrieval password was printed");
        assertTrue(r.out().contains("Batch: 6 entries, 1 downloaded, 1 verified, 1 exported, 5 failed"), r.out());
    }

    @Test
    void withoutATerminalProgressIsAtMostOneLinePerSecond() throws Exception {
        long started = System.nanoTime();
        Result r = run(Screen.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        long progressLines = r.out().lines().filter(l -> l.startsWith("Batch ") || l.startsWith("Delivery ")).count();
        assertTrue(progressLines >= 1, r.out());
        // each progress line (one per stage at its start and end) is at least a second after the previous one of its bar
        assertTrue(progressLines <= 2 * 2 + seconds, progressLines + " progress lines in " + seconds + " s:\n" + r.out());
        assertFalse(r.out().contains("\u001b["), "no escape codes without a terminal");
        assertFalse(r.out().contains("\r"), "no carriage returns without a terminal");
        // each batch line carries the rate and then the counts in full, neither glued together nor cut off
        List<String> batchLines = r.out().lines().filter(l -> l.startsWith("Batch ")).toList();
        assertFalse(batchLines.isEmpty(), r.out());
        for (String line : batchLines) {
            assertTrue(line.matches(".*/s \\d+ downloaded, \\d+ verified, \\d+ exported, \\d+ failed"), line);
        }
    }

    @Test
    void onATerminalEachStageHasOneLiveLineWithRateAndTimeLeft() throws Exception {
        Result r = run(new Screen(true, 100));
        for (String stage : List.of("Download", "Verify", "Export")) {
            assertTrue(r.out().contains(stage), stage + " line missing:\n" + r.out());
        }
        assertTrue(r.out().contains("/s"), "the rate is shown:\n" + r.out());
        assertTrue(r.out().contains("/s 5 failed"), "the failures follow the rate, apart:\n" + r.out());
        assertTrue(r.out().contains("\u001b["), "the library moves the cursor to redraw the lines in place");
        assertTrue(r.out().contains("Batch: 6 entries"), r.out());
    }

    @Test
    void quietPrintsNothingButTheFailuresOnStandardError() throws Exception {
        Result r = run(Screen.NONE, "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("[")).count(), r.err());
    }

    @Test
    void jsonIsOneDocumentWithCountsFailuresAndStates() throws Exception {
        Result r = run(Screen.NONE, "--json");
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        String json = lines.get(0);
        assertTrue(json.startsWith("{\"workspace\":") && json.endsWith("}"), json);
        assertTrue(json.contains("\"import\":{\"added\":6,\"alreadyPresent\":0,\"rejectedRows\":[]"), json);
        assertTrue(json.contains("\"pipeline\":{\"total\":6,\"downloaded\":1,\"verified\":1,\"exported\":1,\"failed\":5"), json);
        assertTrue(json.contains("\"count\":5"), json);
        assertTrue(json.contains("\"states\":{"), json);
        assertTrue(json.endsWith("\"ok\":false}"), json);
    }

    @Test
    void aFailingDeliveryStatesItsCodeAndRemedyOnce() throws Exception {
        // --dry-run without mail settings: the delivery cannot work (no From, 401; no password recipients, 408), which
        // the preflight finds before anything is downloaded. Before, the line read
        // "[408] delivery settings: [408] A mail address ... What to do: ... What to do: ..."
        Result r = run(Screen.NONE, "--dry-run");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("Nothing was downloaded"), r.err());
        assertEquals(1, count(r.err(), "[408]"), r.err());
        assertEquals(1, count(r.err(), "[401]"), r.err());
        assertEquals(2, count(r.err(), "Fix:"), "each problem states its remedy once:\n" + r.err());
        assertFalse(r.out().contains("Batch:"), "the pipeline never ran:\n" + r.out());
    }

    private Path rootPem() throws Exception {
        return Files.writeString(temp.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    @Test
    void aFolderThatIsNotAWorkspaceYetWithoutATerminalSaysHowToCreateIt() throws Exception {
        Path folder = temp.resolve("new-ws");
        Result r = runIn(folder, Screen.NONE, java.util.Map.of(), text -> Optional.empty(), true);
        // a usage error (exit 2) that names --init; not error 301, whose remedy speaks of a damaged workspace
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(0, count(r.err(), "[301]"), r.err());
        assertTrue(r.err().contains("is not a CertDesk workspace yet. Add --init"), r.err());
        assertFalse(Files.exists(folder.resolve("workspace.db")), "nothing is created without --init or a terminal");
    }

    @Test
    void initCreatesTheWorkspaceWithTheInitOptionsAndRunsTheJob() throws Exception {
        Path folder = temp.resolve("new-ws");
        Result r = runIn(folder, Screen.NONE, java.util.Map.of(), text -> Optional.empty(), true, "--init", "--trust",
                rootPem().toString(), "--offline", "--iterations", "2048");
        assertEquals(1, r.exit(), "five rows fail at the portal: " + r.out() + r.err());
        assertTrue(r.out().contains("Created the workspace " + folder), r.out());
        assertTrue(r.out().contains("Batch: 6 entries, 1 downloaded, 1 verified, 1 exported, 5 failed"), r.out() + r.err());
    }

    @Test
    void initTakesTheSetupOptionsOfWorkspaceInitSoAScriptNeedsOneCommand() throws Exception {
        Path folder = temp.resolve("new-ws");
        Path mail = Files.writeString(temp.resolve("delivery.properties"), "from = pki-admin@example.co.jp\n"
                + "smtp.host = 127.0.0.1\nsmtp.port = 25\nsmtp.security = NONE_LOOPBACK_ONLY\npassword.channel = handout\n");
        Result r = runIn(folder, Screen.NONE, java.util.Map.of(), text -> Optional.empty(), true, "--init", "--trust",
                rootPem().toString(), "--offline", "--iterations", "2048", "--mail-settings", mail.toString(),
                "--password-length", "20", "--dry-run");
        assertEquals(1, r.exit(), "five rows fail at the portal: " + r.out() + r.err());
        assertTrue(r.out().contains("Created the workspace " + folder), r.out());
        assertTrue(r.out().contains("Batch: 6 entries, 1 downloaded, 1 verified, 1 exported, 5 failed"), r.out() + r.err());
        try (var files = Files.list(folder.resolve("outbox"))) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".eml")).count(),
                    "the file mail of the exported entry is in the outbox: the mail settings were taken");
        }
        try (Workspace opened = Workspaces.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            assertEquals(20, opened.settings().passwordPolicy().length());
        }
    }

    @Test
    void setupOptionsOnAnExistingWorkspaceAreAUsageErrorNamingWorkspaceConfig() throws Exception {
        run(Screen.NONE, "--quiet"); // creates and fills the workspace
        Result r = run(Screen.NONE, "--proxy", "none");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("is a workspace already") && r.err().contains("certdesk workspace config"), r.err());
    }

    @Test
    void onATerminalRunOffersToCreateTheWorkspaceAndAsksThePassphraseTwice() throws Exception {
        Path folder = temp.resolve("new-ws");
        List<String> asked = new ArrayList<>();
        SecretReader.Prompt prompt = text -> {
            asked.add(text);
            return Optional.of(PASSPHRASE.toCharArray());
        };
        Result r = runIn(folder, new Screen(true, 100), java.util.Map.of(), prompt, false, "--trust", rootPem().toString(),
                "--offline", "--iterations", "2048");
        assertEquals(2, asked.size(), "the new passphrase is typed twice: " + asked);
        assertTrue(r.out().contains("is not a CertDesk workspace yet"), r.out());
        assertTrue(r.out().contains("Created the workspace " + folder), r.out() + r.err());
        assertTrue(Files.exists(folder.resolve("workspace.db")));
    }

    @Test
    void quietAndJsonExcludeEachOther() throws Exception {
        Result r = run(Screen.NONE, "--quiet", "--json");
        assertEquals(2, r.exit(), r.out() + r.err());
    }
}

package io.certdesk.cli.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.Workspaces;
import io.certdesk.delivery.LoopbackMailSink;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import io.certdesk.workspace.testing.TestCertificates;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The commands on a real workspace in a temporary folder, made through the job service: two entries downloaded from
 * the reference portal on loopback and exported (e1 by mail, e2's password on the handout), a real SQLite ledger,
 * the loopback mail sink as SMTP server. Exit codes and output of deliver, --dry-run, --confirm-unknown and handout.
 */
class DeliveryCommandsTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private final JobService jobs = JobServices.create(RosterReaders.create(), TestCertificates.engine());
    private LoopbackMailSink sink;
    private ReferencePortal portal;
    private Path passphraseFile;

    @BeforeEach
    void setUp() throws Exception {
        sink = LoopbackMailSink.start(dir.resolve("sink"), 0);
        PortalDataFolder data = new PortalDataFolder(dir.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("DLV", 2));
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "Name,Email,Department,Group ID,Certificate number,Retrieval password,"
                + "Delivery channel,Password recipient\r\n"
                + row(issued.get(0), "山田 太郎", "taro@corp.example.jp", "", "boss@corp.example.jp")
                + row(issued.get(1), "鈴木 花子", "hanako@corp.example.jp", "handout", ""), StandardCharsets.UTF_8);
        issued.forEach(IssuedCertificate::clear);
        portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
        X509Certificate root;
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        try (WorkspaceSession session = jobs.create(dir.resolve("workspace"), PASSPHRASE.toCharArray(),
                WorkspaceSettings.defaults().withExport(ExportProfile.MODERN, 2048)
                        .withTrust(WorkspaceTrust.trusting(List.of(root)))
                        .withProxy(ProxySettings.direct()).withPortalProfile(Optional.of(data.clientProfile())))) {
            assertTrue(jobs.importRoster(session, roster, ImportOptions.defaults()).rejectedRows().isEmpty());
            jobs.run(session, RunOptions.all().withThreads(2, 2), JobListener.NONE, new CancelToken());
            assertEquals(2, jobs.status(session).counts().get(EntryState.EXPORTED).intValue());
            Files.writeString(session.folder().resolve(JobService.MAIL_SETTINGS_FILE), "smtp.host = 127.0.0.1\n"
                    + "smtp.port = " + sink.port() + "\nsmtp.security = NONE_LOOPBACK_ONLY\nfrom = admin@corp.example.jp\n"
                    + "password.mail.delay.seconds = 0\nrate.per.minute = 6000\n");
        }
        passphraseFile = Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
    }

    private static String row(IssuedCertificate certificate, String name, String email, String channel,
            String passwordRecipient) {
        return String.join(",", name, email, "情報システム部", certificate.groupId(), certificate.certificateNumber(),
                new String(certificate.retrievalPassword()), channel, passwordRecipient) + "\r\n";
    }

    @AfterEach
    void tearDown() {
        sink.close();
        portal.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of(args), Stream.of("--passphrase-file", passphraseFile.toString()))
                .toArray(String[]::new);
        int code = line.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private String workspace() {
        return dir.resolve("workspace").toString();
    }

    @Test
    void deliverSendsAndASecondRunSendsNothing() {
        Run first = run(new DeliverCommand(jobs), "--workspace", workspace());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(3, sink.received(), "e1 file + password, e2 file; e2's password goes on the handout");
        assertTrue(first.out().contains("Sent 3,"), first.out());
        assertTrue(first.out().contains("handout or manual 1,"), "e2's password goes on the handout: " + first.out());
        assertTrue(first.out().lines().filter(l -> l.startsWith("Delivery ")).count() <= 3, "one progress line, not one per part");
        Run second = run(new DeliverCommand(jobs), "--workspace", workspace());
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertEquals(3, sink.received());
        // e1 (file and password handed over) is settled to DELIVERED and DONE and no longer listed; e2's file is.
        assertTrue(second.out().contains("Sent 0, written 0, already delivered 1,"), second.out());
    }

    @Test
    void dryRunWritesTheOutboxAndSendsNothing() throws Exception {
        Run result = run(new DeliverCommand(jobs), "--workspace", workspace(), "--dry-run", "--only-file");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(0, sink.received());
        try (Stream<Path> files = Files.list(dir.resolve("workspace/outbox"))) {
            assertEquals(Set.of("e1-file.eml", "e2-file.eml"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(result.out().contains("Dry run"), result.out());
    }

    @Test
    void confirmUnknownListsAndSettles() throws Exception {
        try (Workspace workspace = Workspaces.open(dir.resolve("workspace"), PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            workspace.deliveryLedger().recordIntent("<certdesk.lost@corp.example.jp>", 1, DeliveryPart.FILE,
                    DeliveryChannel.MAIL, "taro@corp.example.jp");
        }
        Run listed = run(new DeliverCommand(jobs), "--workspace", workspace(), "--confirm-unknown");
        assertEquals(1, listed.exitCode(), listed.out() + listed.err());
        assertTrue(listed.out().contains("<certdesk.lost@corp.example.jp>"), listed.out());
        Run deliver = run(new DeliverCommand(jobs), "--workspace", workspace());
        assertEquals(1, deliver.exitCode(), "an unknown send blocks that entry");
        assertTrue(deliver.out().contains("--confirm-unknown"), deliver.out());
        Run settled = run(new DeliverCommand(jobs), "--workspace", workspace(), "--confirm-unknown", "--resend",
                "<certdesk.lost@corp.example.jp>");
        assertEquals(0, settled.exitCode(), settled.out() + settled.err());
        assertTrue(settled.out().contains("No send has an unknown outcome."), settled.out());
        int before = sink.received();
        Run again = run(new DeliverCommand(jobs), "--workspace", workspace());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals(before + 2, sink.received(), "e1's file and then its password");
    }

    @Test
    void onlyFileAndOnlyPasswordExcludeEachOther() {
        Run result = run(new DeliverCommand(jobs), "--workspace", workspace(), "--only-file", "--only-password");
        assertEquals(2, result.exitCode());
        assertEquals(0, sink.received());
    }

    @Test
    void handoutWritesThePdfAndRecordsTheHandover() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        Run result = run(new HandoutCommand(jobs), "--workspace", workspace(), "--out", pdf.toString(),
                "--mark-handed-over");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(result.out().contains("Wrote 1 page"), result.out());
        try (Workspace workspace = Workspaces.open(dir.resolve("workspace"), PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            assertTrue(workspace.deliveryLedger().latest(2, DeliveryPart.PASSWORD).orElseThrow().state().delivered());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void helpTextsExistInBothLanguagesWithTheSameKeys(String lang) {
        DeliveryCommandContribution contribution = new DeliveryCommandContribution(jobs);
        ResourceBundle bundle = contribution.helpTexts(Locale.forLanguageTag(lang)).orElseThrow();
        ResourceBundle english = ResourceBundle.getBundle(DeliveryCommandContribution.HELP_TEXTS, Locale.ROOT,
                DeliveryCommandContribution.class.getClassLoader());
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(bundle.keySet()));
        CommandLine line = new CommandLine(contribution.newDeliverCommand());
        line.setResourceBundle(bundle);
        String usage = line.getUsageMessage();
        assertTrue(usage.contains("--confirm-unknown"), usage);
        if (lang.equals("ja")) {
            assertTrue(bundle.getString("certdesk.deliver.usage.description").contains("配布"));
        }
    }
}

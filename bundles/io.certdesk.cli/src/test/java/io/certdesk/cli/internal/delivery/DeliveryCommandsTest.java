package io.certdesk.cli.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliverySource;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.delivery.LoopbackMailSink;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.delivery.SqliteDeliveryLedger;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.RecordingAudit;
import io.certdesk.delivery.testing.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The commands on a workspace stand-in (items in memory, a real SQLite ledger, the loopback mail sink as
 * SMTP server): exit codes and output of deliver, --dry-run, --confirm-unknown and handout.
 */
class DeliveryCommandsTest {

    @TempDir
    Path dir;

    private LoopbackMailSink sink;
    private final RecordingAudit audit = new RecordingAudit();
    private List<DeliveryItem> items;

    /** The workspace stand-in: what the workspace bundle will provide. */
    private final class TestWorkspace implements DeliveryWorkspace {
        private final SqliteDeliveryLedger ledger;

        TestWorkspace(Path folder) throws DeliveryException {
            this.ledger = SqliteDeliveryLedger.open(folder.resolve("ledger.db"));
        }

        @Override
        public DeliverySource source() {
            return () -> items;
        }

        @Override
        public DeliverySettings settings() {
            return DeliverySettings.builder(SmtpSettings.of("127.0.0.1", sink.port(), SmtpSecurity.NONE_LOOPBACK_ONLY),
                    "admin@corp.example.jp").passwordMailDelay(java.time.Duration.ZERO).ratePerMinute(6000).build();
        }

        @Override
        public DeliveryLedger ledger() {
            return ledger;
        }

        @Override
        public DeliveryAudit audit() {
            return audit;
        }

        @Override
        public Path outbox() {
            return dir.resolve("workspace/outbox");
        }

        @Override
        public void close() throws DeliveryException {
            ledger.close();
        }
    }

    private final DeliveryWorkspaces workspaces = folder -> new TestWorkspace(folder);

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("workspace"));
        sink = LoopbackMailSink.start(dir.resolve("sink"), 0);
        Path p12 = TestPki.userP12(dir.resolve("p12"), "Taro Yamada", Items.passwordOf(1));
        items = List.of(Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "boss@corp.example.jp", p12),
                Items.with(Items.mail(2, 2, "鈴木 花子", "hanako@corp.example.jp", "", p12), DeliveryChannel.HANDOUT));
    }

    @AfterEach
    void tearDown() {
        sink.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String workspace() {
        return dir.resolve("workspace").toString();
    }

    @Test
    void deliverSendsAndASecondRunSendsNothing() {
        Run first = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(3, sink.received(), "e1 file + password, e2 file; e2's password goes on the handout");
        assertTrue(first.out().contains("Sent 3,"), first.out());
        assertTrue(first.out().contains("goes on the handout"), first.out());
        Run second = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace());
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertEquals(3, sink.received());
        assertTrue(second.out().contains("already delivered 3"), second.out());
    }

    @Test
    void dryRunWritesTheOutboxAndSendsNothing() throws Exception {
        Run result = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace(), "--dry-run",
                "--only-file");
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
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("workspace/ledger.db"))) {
            ledger.recordIntent("<certdesk.lost@corp.example.jp>", 1, DeliveryPart.FILE, DeliveryChannel.MAIL,
                    "taro@corp.example.jp");
        }
        Run listed = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace(),
                "--confirm-unknown");
        assertEquals(1, listed.exitCode(), listed.out() + listed.err());
        assertTrue(listed.out().contains("<certdesk.lost@corp.example.jp>"), listed.out());
        Run deliver = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace());
        assertEquals(1, deliver.exitCode(), "an unknown send blocks that entry");
        assertTrue(deliver.out().contains("confirm first"), deliver.out());
        Run settled = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace(),
                "--confirm-unknown", "--resend", "<certdesk.lost@corp.example.jp>");
        assertEquals(0, settled.exitCode(), settled.out() + settled.err());
        assertTrue(settled.out().contains("No send has an unknown outcome."), settled.out());
        int before = sink.received();
        Run again = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals(before + 2, sink.received(), "e1's file and then its password");
    }

    @Test
    void onlyFileAndOnlyPasswordExcludeEachOther() {
        Run result = run(new DeliverCommand(workspaces, new DeliveryControl()), "--workspace", workspace(), "--only-file",
                "--only-password");
        assertEquals(2, result.exitCode());
        assertEquals(0, sink.received());
    }

    @Test
    void handoutWritesThePdfAndRecordsTheHandover() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        Run result = run(new HandoutCommand(workspaces, Clock.systemUTC()), "--workspace", workspace(), "--out",
                pdf.toString(), "--mark-handed-over");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(result.out().contains("Wrote 1 page"), result.out());
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("workspace/ledger.db"))) {
            assertTrue(ledger.latest(2, DeliveryPart.PASSWORD).orElseThrow().state().delivered());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void helpTextsExistInBothLanguagesWithTheSameKeys(String lang) {
        DeliveryCommandContribution contribution = new DeliveryCommandContribution(workspaces);
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

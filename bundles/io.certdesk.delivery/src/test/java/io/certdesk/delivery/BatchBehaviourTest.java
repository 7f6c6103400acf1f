package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.RecordingAudit;
import io.certdesk.delivery.testing.ScriptedSmtpServer;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Batch behaviour against a real SMTP conversation on loopback whose answers are scripted: 4xx retried later,
 * 5xx failing one entry, a connection lost after DATA leaving the send unknown (never resent), one connection
 * per batch, password mails only after the file mail and the delay, and the pace.
 */
class BatchBehaviourTest {

    @TempDir
    Path dir;

    private ScriptedSmtpServer server;
    private SqliteDeliveryLedger ledger;
    private final VirtualTime time = new VirtualTime();
    private final RecordingAudit audit = new RecordingAudit();
    private Path p12;

    @BeforeEach
    void setUp() throws Exception {
        server = ScriptedSmtpServer.plain();
        ledger = SqliteDeliveryLedger.open(dir.resolve("workspace.db"), time);
        p12 = TestPki.userP12(dir.resolve("p12"), "Taro Yamada", Items.passwordOf(1));
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        ledger.close();
    }

    private DeliverySettings.Builder settings() {
        return DeliverySettings.builder(SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").adminContact("情報システム部 内線 1234").passwordMailDelay(Duration.ofMinutes(5))
                .retryBackoff(Duration.ofSeconds(30));
    }

    private DeliveryEngine engine(DeliverySettings settings) {
        return new DeliveryEngine(settings, ledger, audit, time, time);
    }

    private List<DeliveryItem> users(int count) {
        List<DeliveryItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(Items.mail(i, i, "山田 太郎" + i, "user" + i + "@corp.example.jp",
                    "boss" + i + "@corp.example.jp", p12));
        }
        return items;
    }

    private DeliveryReport run(DeliveryEngine engine, List<DeliveryItem> items) throws DeliveryException {
        return engine.deliver(items, DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
    }

    @Test
    void sendsFileThenPasswordOverOneConnection() throws Exception {
        DeliveryReport report = run(engine(settings().build()), users(3));
        assertEquals(6, report.count(DeliveryState.ACCEPTED), report.toString());
        assertEquals(1, server.connections(), "one reused connection per batch");
        assertEquals(6, server.received().size());
        for (int i = 1; i <= 3; i++) {
            assertEquals(1, server.receivedFor("user" + i + "@corp.example.jp").size());
            assertEquals(1, server.receivedFor("boss" + i + "@corp.example.jp").size());
        }
        assertEquals(6, ledger.all().stream().filter(r -> r.state() == DeliveryState.ACCEPTED).count());
        assertEquals(6, audit.events().stream().filter(e -> e.state() == DeliveryState.ACCEPTED).count());
    }

    @Test
    void passwordMailWaitsForTheDelayAfterItsFileMailWasAccepted() throws Exception {
        Instant start = time.instant();
        run(engine(settings().build()), users(1));
        DeliveryResult file = ledger.latest(1, DeliveryPart.FILE).orElseThrow();
        DeliveryResult password = ledger.latest(1, DeliveryPart.PASSWORD).orElseThrow();
        assertEquals(start, file.time());
        assertFalse(password.created().isBefore(file.time().plus(Duration.ofMinutes(5))),
                "password intent " + password.created() + " before file accepted + 5 min");
    }

    @Test
    void rejectedFileMailFailsThatEntryAndHoldsItsPassword() throws Exception {
        server.replyToRcpt("user2@corp.example.jp", "550 5.1.1 no such user");
        DeliveryReport report = run(engine(settings().build()), users(3));
        DeliveryResult failed = report.result(2, DeliveryPart.FILE).orElseThrow();
        assertEquals(DeliveryState.FAILED, failed.state());
        assertEquals(ErrorCode.DELIVERY_REJECTED, failed.error());
        assertTrue(failed.detail().contains("550"), failed.detail());
        assertEquals(DeliveryState.HELD, report.result(2, DeliveryPart.PASSWORD).orElseThrow().state());
        assertTrue(server.receivedFor("boss2@corp.example.jp").isEmpty(), "no password without an accepted file");
        assertEquals(DeliveryState.ACCEPTED, report.result(3, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(DeliveryState.ACCEPTED, report.result(3, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(DeliveryState.FAILED, ledger.latest(2, DeliveryPart.FILE).orElseThrow().state());
        assertTrue(audit.events().stream().anyMatch(e -> e.entryId() == 2 && e.errorNumber() == 405));
    }

    @Test
    void temporaryRejectIsRetriedLaterWithBackoff() throws Exception {
        server.replyToRcpt("user1@corp.example.jp", "451 4.7.1 greylisted, try later");
        DeliveryReport report = run(engine(settings().build()), users(2));
        assertEquals(DeliveryState.ACCEPTED, report.result(1, DeliveryPart.FILE).orElseThrow().state());
        DeliveryResult record = ledger.latest(1, DeliveryPart.FILE).orElseThrow();
        assertEquals(2, record.attempts());
        assertEquals(DeliveryState.ACCEPTED, record.state());
        assertEquals(1, server.receivedFor("user1@corp.example.jp").size(), "one copy only");
        assertTrue(time.totalSlept().compareTo(Duration.ofSeconds(30)) >= 0, "waited the back-off");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("451")), report.warnings().toString());
    }

    @Test
    void temporaryRejectOnEveryAttemptIsDeferredWithItsCode() throws Exception {
        server.replyToRcpt("user1@corp.example.jp", "421 4.3.2 busy", "450 4.2.1 busy", "452 4.3.1 busy");
        DeliveryReport report = run(engine(settings().maxAttempts(3).build()), users(1));
        DeliveryResult result = report.result(1, DeliveryPart.FILE).orElseThrow();
        assertEquals(DeliveryState.DEFERRED, result.state());
        assertEquals(ErrorCode.DELIVERY_DEFERRED, result.error());
        assertEquals(DeliveryState.DEFERRED, ledger.latest(1, DeliveryPart.FILE).orElseThrow().state());
        assertTrue(server.received().isEmpty());
        // Back-off 30 s then 60 s.
        assertTrue(time.totalSlept().compareTo(Duration.ofSeconds(90)) >= 0, time.totalSlept().toString());
        // The next batch sends it: a deferred message was never accepted.
        DeliveryReport next = run(engine(settings().build()), users(1));
        assertEquals(DeliveryState.ACCEPTED, next.result(1, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(1, server.receivedFor("user1@corp.example.jp").size());
    }

    @Test
    void connectionLostAfterDataLeavesTheSendUnknownAndNeverResendsIt() throws Exception {
        server.dropAfterData("user1@corp.example.jp", 1);
        DeliveryReport report = run(engine(settings().build()), users(2));
        DeliveryResult unknown = report.result(1, DeliveryPart.FILE).orElseThrow();
        assertEquals(DeliveryState.UNKNOWN, unknown.state());
        assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN, unknown.error());
        assertEquals(DeliveryState.HELD, report.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(DeliveryState.ACCEPTED, report.result(2, DeliveryPart.FILE).orElseThrow().state(),
                "the batch reconnects and goes on");
        assertEquals(2, server.connections());
        int transfers = server.dataTransfers();

        DeliveryReport again = run(engine(settings().build()), users(2));
        assertEquals(DeliveryState.NEEDS_CONFIRMATION, again.result(1, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(DeliveryState.ALREADY_DELIVERED, again.result(2, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(transfers, server.dataTransfers(), "nothing sent twice");

        List<DeliveryResult> unknownSends = engine(settings().build()).unknownSends();
        assertEquals(1, unknownSends.size());
        assertEquals(unknown.messageId(), unknownSends.get(0).messageId());
        engine(settings().build()).confirm(unknown.messageId(), false, "user did not get it");
        DeliveryReport resent = run(engine(settings().build()), users(2));
        assertEquals(DeliveryState.ACCEPTED, resent.result(1, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(DeliveryState.ACCEPTED, resent.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(1, server.receivedFor("user1@corp.example.jp").size());
    }

    @Test
    void intentWithoutAnswerAfterACrashIsListedNotResent() throws Exception {
        // A crash between "intent recorded" and the server's answer leaves an INTENT row.
        ledger.recordIntent("<certdesk.crashed@corp.example.jp>", 1, DeliveryPart.FILE, DeliveryChannel.MAIL,
                "user1@corp.example.jp");
        DeliveryReport report = run(engine(settings().build()), users(1));
        assertEquals(DeliveryState.NEEDS_CONFIRMATION, report.result(1, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(DeliveryState.HELD, report.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(0, server.dataTransfers());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("--confirm-unknown")), report.warnings().toString());
        engine(settings().build()).confirm("<certdesk.crashed@corp.example.jp>", true, "user confirmed by phone");
        DeliveryReport next = run(engine(settings().build()), users(1));
        assertEquals(DeliveryState.ALREADY_DELIVERED, next.result(1, DeliveryPart.FILE).orElseThrow().state());
        assertEquals(DeliveryState.ACCEPTED, next.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertTrue(server.receivedFor("user1@corp.example.jp").isEmpty());
    }

    @Test
    void paceNeverExceedsTheRateInAnyMinute() throws Exception {
        List<Instant> sendTimes = new ArrayList<>();
        DeliveryListener listener = (result, done, total) -> {
            if (result.state() == DeliveryState.ACCEPTED) {
                sendTimes.add(time.instant());
            }
        };
        engine(settings().ratePerMinute(6).build()).deliver(users(10), DeliveryOptions.send(EnumSet.of(DeliveryPart.FILE)),
                listener, new DeliveryControl());
        assertEquals(10, server.received().size());
        assertEquals(10, sendTimes.size());
        for (Instant windowStart : sendTimes) {
            long inWindow = sendTimes.stream()
                    .filter(t -> !t.isBefore(windowStart) && t.isBefore(windowStart.plus(Duration.ofMinutes(1)))).count();
            assertTrue(inWindow <= 6, inWindow + " messages in the minute from " + windowStart);
        }
        assertEquals(Duration.ofSeconds(90), Duration.between(sendTimes.get(0), sendTimes.get(9)));
    }

    @Test
    void cancelStopsBeforeTheNextMessage() throws Exception {
        DeliveryControl control = new DeliveryControl();
        DeliveryListener listener = (result, done, total) -> {
            if (result.state() == DeliveryState.ACCEPTED) {
                control.cancel();
            }
        };
        DeliveryReport report = engine(settings().build()).deliver(users(3), DeliveryOptions.send(), listener, control);
        assertEquals(1, report.count(DeliveryState.ACCEPTED));
        assertEquals(5, report.count(DeliveryState.CANCELLED));
        assertEquals(1, server.received().size());
        assertTrue(report.hasProblems());
    }

    @Test
    void sameMailboxIsRefusedUnlessAllowedAndThenWarned() throws Exception {
        DeliveryItem same = Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "Taro@Corp.Example.JP", p12);
        DeliveryReport refused = run(engine(settings().build()), List.of(same));
        DeliveryResult password = refused.result(1, DeliveryPart.PASSWORD).orElseThrow();
        assertEquals(ErrorCode.DELIVERY_SAME_MAILBOX, password.error());
        assertTrue(password.detail().contains("row 1"), password.detail());
        assertEquals(1, server.received().size(), "the file still goes");

        SqliteDeliveryLedger other = SqliteDeliveryLedger.open(dir.resolve("other.db"), time);
        List<String> warnings = new ArrayList<>();
        DeliveryListener listener = new DeliveryListener() {
            @Override
            public void settled(DeliveryResult result, int done, int total) {
            }

            @Override
            public void warning(String label, String message) {
                warnings.add(label + ": " + message);
            }
        };
        DeliveryReport allowed = new DeliveryEngine(settings().allowSameMailbox(true).build(), other, audit, time, time)
                .deliver(List.of(same), DeliveryOptions.send(), listener, new DeliveryControl());
        other.close();
        assertEquals(2, allowed.count(DeliveryState.ACCEPTED));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("taro@corp.example.jp"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({ "taro+cert@corp.example.jp, taro@corp.example.jp", "taro@corp.example.jp, Taro+PW@Corp.Example.JP",
            "TARO+a@corp.example.jp, taro+b@CORP.example.jp" })
    void sameMailboxSeesThroughCaseAndPlusAddressing(String email, String recipient) throws Exception {
        DeliveryItem same = Items.mail(1, 1, "山田 太郎", email, recipient, p12);
        DeliveryReport refused = run(engine(settings().build()), List.of(same));
        assertEquals(ErrorCode.DELIVERY_SAME_MAILBOX, refused.result(1, DeliveryPart.PASSWORD).orElseThrow().error());
        assertEquals(1, server.received().size(), "only the file went");
    }

    @Test
    void thePasswordNeverGoesToTheBccThatGetsEveryFile() throws Exception {
        DeliveryItem toBcc = Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "Records+pw@Corp.Example.JP", p12);
        DeliveryReport refused = run(engine(settings().bcc("records@corp.example.jp").build()), List.of(toBcc));
        DeliveryResult password = refused.result(1, DeliveryPart.PASSWORD).orElseThrow();
        assertEquals(ErrorCode.DELIVERY_SAME_MAILBOX, password.error());
        assertTrue(password.detail().contains("Bcc"), password.detail());
    }

    @Test
    void handoutAndManualPasswordsAreNotMailed() throws Exception {
        List<DeliveryItem> items = users(2);
        items.set(0, Items.with(items.get(0), DeliveryChannel.HANDOUT));
        items.set(1, Items.with(items.get(1), DeliveryChannel.MANUAL));
        DeliveryReport report = run(engine(settings().build()), items);
        assertEquals(DeliveryState.HANDOUT_PENDING, report.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(DeliveryState.MANUAL_PENDING, report.result(2, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(2, server.received().size());
        engine(settings().build()).recordHandover(items.get(1), DeliveryChannel.MANUAL, "handed over at the desk");
        DeliveryReport next = run(engine(settings().build()), items);
        assertEquals(DeliveryState.ALREADY_DELIVERED, next.result(2, DeliveryPart.PASSWORD).orElseThrow().state());
        assertEquals(2, server.received().size(), "files not sent twice");
    }

    @Test
    void onlyPasswordSendsNothingForEntriesWhoseFileWasNotAccepted() throws Exception {
        DeliveryReport report = engine(settings().build()).deliver(users(1),
                DeliveryOptions.send(EnumSet.of(DeliveryPart.PASSWORD)), DeliveryListener.none(), new DeliveryControl());
        assertEquals(DeliveryState.HELD, report.result(1, DeliveryPart.PASSWORD).orElseThrow().state());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void bccGoesToTheAdministratorForFileMailsOnly() throws Exception {
        run(engine(settings().bcc("admin-copy@corp.example.jp").build()), users(1));
        assertEquals(1, server.receivedFor("admin-copy@corp.example.jp").size());
        assertTrue(server.receivedFor("admin-copy@corp.example.jp").get(0).to().contains("user1@corp.example.jp"));
        assertFalse(server.received().stream().anyMatch(r -> r.text().contains("Bcc:")), "no Bcc header on the wire");
    }
}

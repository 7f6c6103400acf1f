package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throttling and resuming against GreenMail: messages counted per virtual minute, nothing received twice. */
class GreenMailBatchTest {

    @TempDir
    Path dir;

    private GreenMail mail;
    private final VirtualTime time = new VirtualTime();
    private List<DeliveryItem> items;

    @BeforeEach
    void setUp() throws Exception {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", "smtp");
        setup.setServerStartupTimeout(30_000); // a loaded CI machine needs more than the default 2 s
        mail = new GreenMail(setup);
        mail.start();
        Path p12 = TestPki.userP12(dir, "Taro Yamada", "irrelevant-1");
        items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            items.add(Items.mail(i, i, "利用者 " + i, "user" + i + "@corp.example.jp", "boss" + i + "@corp.example.jp",
                    p12));
        }
    }

    @AfterEach
    void tearDown() {
        mail.stop();
    }

    private DeliveryReport deliver(SqliteDeliveryLedger ledger, int rate, EnumSet<DeliveryPart> parts,
            DeliveryListener listener) throws DeliveryException {
        DeliverySettings settings = DeliverySettings.builder(
                SmtpSettings.of("127.0.0.1", mail.getSmtp().getPort(), SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").ratePerMinute(rate).passwordMailDelay(Duration.ofMinutes(2)).build();
        return new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).deliver(items,
                DeliveryOptions.send(parts), listener, new DeliveryControl());
    }

    @Test
    void theDefaultRateOf30PerMinuteIsKept() throws Exception {
        List<Instant> sent = new ArrayList<>();
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            deliver(ledger, DeliverySettings.DEFAULT_RATE_PER_MINUTE, EnumSet.allOf(DeliveryPart.class),
                    (result, done, total) -> {
                        if (result.outcome() == DeliveryOutcome.SENT) {
                            sent.add(time.instant());
                        }
                    });
        }
        assertEquals(24, mail.getReceivedMessages().length);
        assertEquals(24, sent.size());
        for (Instant start : sent) {
            long inMinute = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count();
            assertTrue(inMinute <= 30, inMinute + " in the minute from " + start);
        }
        // 24 messages 2 s apart at least.
        assertTrue(Duration.between(sent.get(0), sent.get(23)).compareTo(Duration.ofSeconds(46)) >= 0);
    }

    @Test
    void resumingAfterAnInterruptedBatchSendsNothingTwice() throws Exception {
        Path db = dir.resolve("w.db");
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(db, time)) {
            // First batch: files only, and "the program stops" after five were sent.
            DeliveryControl control = new DeliveryControl();
            DeliverySettings settings = DeliverySettings.builder(
                    SmtpSettings.of("127.0.0.1", mail.getSmtp().getPort(), SmtpSecurity.NONE_LOOPBACK_ONLY),
                    "admin@corp.example.jp").build();
            new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).deliver(items,
                    DeliveryOptions.send(EnumSet.of(DeliveryPart.FILE)), (result, done, total) -> {
                        if (done == 5) {
                            control.cancel();
                        }
                    }, control);
            // ...and a sixth send was started but never answered (crash between intent and answer).
            ledger.recordIntent("<certdesk.crash@corp.example.jp>", 6, DeliveryPart.FILE, DeliveryChannel.MAIL,
                    "user6@corp.example.jp");
        }
        assertEquals(5, mail.getReceivedMessages().length);
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(db, time)) {
            DeliveryReport resumed = deliver(ledger, 600, EnumSet.allOf(DeliveryPart.class), DeliveryListener.none());
            assertEquals(DeliveryOutcome.NEEDS_CONFIRMATION, resumed.result(6, DeliveryPart.FILE).orElseThrow().outcome());
            assertEquals(DeliveryOutcome.HELD, resumed.result(6, DeliveryPart.PASSWORD).orElseThrow().outcome());
            assertEquals(5, resumed.count(DeliveryOutcome.ALREADY_DELIVERED));
            assertEquals(6 + 11, resumed.count(DeliveryOutcome.SENT), "6 files and 11 passwords");
        }
        // 5 + 6 files + 11 passwords: every user once, e6's file never twice.
        assertEquals(22, mail.getReceivedMessages().length);
        long toUser6 = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("user6@corp.example.jp");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(0, toUser6);
    }
}

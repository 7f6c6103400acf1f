package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.RecordingAudit;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run writes its mails on several threads, yet settles them as one thread would: in the batch's order, each
 * part once, every file its own, a crashing part failing alone, and a cancelled batch writing nothing more. Its audit
 * records are written in small groups, still in order.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DryRunOutboxTest {

    private static final int ITEMS = 40;

    @TempDir
    Path dir;

    private SqliteDeliveryLedger ledger;
    private final VirtualTime time = new VirtualTime();
    private Path p12;
    private DeliverySettings settings;

    @BeforeEach
    void setUp() throws Exception {
        ledger = SqliteDeliveryLedger.open(dir.resolve("workspace.db"), time);
        p12 = TestPki.userP12(dir.resolve("p12"), "Taro Yamada", Items.passwordOf(1));
        settings = DeliverySettings.builder(SmtpSettings.of("127.0.0.1", 25, SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").build();
    }

    @AfterEach
    void tearDown() throws Exception {
        ledger.close();
    }

    private List<DeliveryItem> items() {
        List<DeliveryItem> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            items.add(Items.mail(i, i, "山田 太郎" + i, "user" + i + "@corp.example.jp", "boss" + i + "@corp.example.jp", p12));
        }
        return items;
    }

    @Test
    void partsAreSettledInTheBatchsOrderEachWithItsOwnFileAndACrashFailsOnlyItsPart() throws Exception {
        List<DeliveryItem> items = items();
        DeliveryItem seven = items.get(6);
        items.set(6, new DeliveryItem(seven.entryId(), seven.row(), seven.name(), seven.department(), seven.email(),
                seven.passwordRecipient(), seven.fileChannel(), seven.passwordChannel(), seven.certificateNumber(), () -> {
                    throw new StackOverflowError();
                }, seven.fileName(), seven.expiry(), seven.issuer(), seven.password()));
        Path outbox = dir.resolve("outbox");
        Files.createDirectories(outbox);
        Files.writeString(outbox.resolve("e3-file.eml"), "an earlier dry run's mail"); // never replaced
        RecordingAudit audit = new RecordingAudit();
        List<DeliveryResult> heard = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        DeliveryListener listener = (result, done, total) -> {
            heard.add(result);
            counts.add(done);
        };
        DeliveryReport report = new DeliveryEngine(settings, ledger, audit, time, time)
                .deliver(items, DeliveryOptions.dryRun(outbox), listener, new DeliveryControl());

        assertEquals(2 * ITEMS, report.results().size(), report.toString());
        assertEquals(report.results(), audit.events(), "the audit log saw the outcomes in the report's order");
        // recorded in groups (one durable write each), of 8 at most so that a cancel is heard soon
        assertTrue(audit.groups().stream().allMatch(size -> size.intValue() >= 1 && size.intValue() <= 8),
                audit.groups()::toString);
        assertEquals(report.results(), heard, "the listener too");
        for (int k = 0; k < counts.size(); k++) {
            assertEquals(k + 1, counts.get(k).intValue(), "one settlement at a time, counted in order");
        }
        // entry 7's attachment fails when the batch is planned, before anything is written; the rest in order
        for (DeliveryPart part : DeliveryPart.values()) {
            List<Long> order = report.results().stream().filter(r -> r.state() == DeliveryState.WRITTEN
                    && r.part() == part).map(DeliveryResult::entryId).toList();
            assertEquals(items.stream().map(DeliveryItem::entryId).filter(id -> part != DeliveryPart.FILE || id != 7)
                    .toList(), order, part + ": the batch's order");
        }
        Set<String> files = new HashSet<>();
        for (DeliveryResult result : report.results()) {
            if (result.entryId() == 7 && result.part() == DeliveryPart.FILE) {
                assertEquals(DeliveryState.FAILED, result.state(), result.toString());
                assertEquals(ErrorCode.UNKNOWN, result.error(), result.toString());
                continue;
            }
            assertEquals(DeliveryState.WRITTEN, result.state(), result.toString());
            Path file = Path.of(result.detail());
            assertTrue(Files.size(file) > 0, file.toString());
            assertTrue(files.add(result.detail()), "one file per part: " + result.detail());
        }
        assertEquals("an earlier dry run's mail", Files.readString(outbox.resolve("e3-file.eml")));
        assertTrue(files.contains(outbox.resolve("e3-file-2.eml").toString()), files.toString());
    }

    @Test
    void aCancelledDryRunWritesNothingMoreAndSettlesEveryPartAsCancelled() throws Exception {
        Path outbox = dir.resolve("outbox");
        DeliveryControl control = new DeliveryControl();
        DeliveryListener cancelAfterThree = (result, done, total) -> {
            if (done == 3) {
                control.cancel();
            }
        };
        DeliveryReport report = new DeliveryEngine(settings, ledger, new RecordingAudit(), time, time)
                .deliver(items(), DeliveryOptions.dryRun(outbox), cancelAfterThree, control);

        assertEquals(2 * ITEMS, report.results().size(), report.toString());
        long written = report.results().stream().filter(r -> r.state() == DeliveryState.WRITTEN).count();
        long cancelled = report.results().stream().filter(r -> r.state() == DeliveryState.CANCELLED).count();
        assertEquals(2 * ITEMS, written + cancelled, report.toString());
        // the parts under way, and those settled but not yet recorded (8 at most), are written after the cancel
        assertTrue(cancelled >= 2 * ITEMS - 3 - 4 * Math.max(2, Runtime.getRuntime().availableProcessors()) - 8,
                "only the parts already under way are written after the cancel: " + written + " written");
        try (var eml = Files.list(outbox)) {
            assertEquals(written, eml.count(), "a file for each part written, none for a cancelled one");
        }
    }
}

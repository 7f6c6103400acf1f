package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.RecordingAudit;
import io.certdesk.delivery.testing.ScriptedSmtpServer;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part whose attachment or password source throws an {@link Error} (stack or heap exhausted, a defect) fails with
 * a catalogue code and the batch goes on. Before the fix the error left {@code deliver} and took every other
 * entry's mails with it (the batch ended after the first file mail).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashingPartTest {

    @TempDir
    Path dir;

    private ScriptedSmtpServer server;
    private SqliteDeliveryLedger ledger;
    private final VirtualTime time = new VirtualTime();
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

    @Test
    void anAttachmentOrPasswordThatThrowsAnErrorFailsThatPartOnly() throws Exception {
        List<DeliveryItem> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            items.add(Items.mail(i, i, "山田 太郎" + i, "user" + i + "@corp.example.jp", "boss" + i + "@corp.example.jp", p12));
        }
        DeliveryItem two = items.get(1);
        items.set(1, new DeliveryItem(two.entryId(), two.row(), two.name(), two.department(), two.email(),
                two.passwordRecipient(), two.fileChannel(), two.passwordChannel(), two.certificateNumber(), () -> {
                    throw new StackOverflowError();
                }, two.fileName(), two.expiry(), two.issuer(), two.password()));
        DeliveryItem three = items.get(2);
        items.set(2, new DeliveryItem(three.entryId(), three.row(), three.name(), three.department(), three.email(),
                three.passwordRecipient(), three.fileChannel(), three.passwordChannel(), three.certificateNumber(),
                three.attachment(), three.fileName(), three.expiry(), three.issuer(), () -> {
                    throw new OutOfMemoryError("Java heap space");
                }));
        DeliverySettings settings = DeliverySettings.builder(
                SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE_LOOPBACK_ONLY), "admin@corp.example.jp")
                .passwordMailDelay(Duration.ofMinutes(5)).build();
        DeliveryReport report = new DeliveryEngine(settings, ledger, new RecordingAudit(), time, time)
                .deliver(items, DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());

        DeliveryResult file2 = report.result(2, DeliveryPart.FILE).orElseThrow();
        assertEquals(DeliveryState.FAILED, file2.state(), report.toString());
        assertEquals(ErrorCode.UNKNOWN, file2.error(), report.toString());
        assertTrue(file2.detail().contains("StackOverflowError"), file2.detail());
        DeliveryResult password3 = report.result(3, DeliveryPart.PASSWORD).orElseThrow();
        assertEquals(DeliveryState.FAILED, password3.state(), report.toString());
        assertEquals(ErrorCode.UNKNOWN, password3.error(), report.toString());
        assertTrue(password3.detail().contains("OutOfMemoryError"), password3.detail());
        assertEquals(DeliveryState.ACCEPTED, report.result(3, DeliveryPart.FILE).orElseThrow().state());
        for (int i : new int[] { 1, 4 }) {
            assertEquals(DeliveryState.ACCEPTED, report.result(i, DeliveryPart.FILE).orElseThrow().state(), report.toString());
            assertEquals(DeliveryState.ACCEPTED, report.result(i, DeliveryPart.PASSWORD).orElseThrow().state(),
                    report.toString());
        }
        assertEquals(5, server.received().size(), "files 1, 3, 4 and passwords 1, 4");
    }
}

package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's mail sink receives the engine's mails in clear text on loopback and stores them owner-only. */
class LoopbackMailSinkTest {

    @TempDir
    Path dir;

    @Test
    void storesEveryMessageAsEml() throws Exception {
        VirtualTime time = new VirtualTime();
        Path p12 = TestPki.userP12(dir, "Taro Yamada", Items.passwordOf(1));
        Path outbox = dir.resolve("outbox");
        try (LoopbackMailSink sink = LoopbackMailSink.start(outbox, 0);
                SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            DeliverySettings settings = DeliverySettings.builder(
                    SmtpSettings.of("127.0.0.1", sink.port(), SmtpSecurity.NONE_LOOPBACK_ONLY), "admin@corp.example.jp")
                    .build();
            List<DeliveryItem> items = List.of(
                    Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "boss@corp.example.jp", p12),
                    Items.mail(2, 2, "鈴木 花子", "hanako@corp.example.jp", "boss@corp.example.jp", p12));
            DeliveryReport report = new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time)
                    .deliver(items, DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
            assertEquals(4, report.count(DeliveryState.ACCEPTED), report.toString());
            assertEquals(4, sink.received());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(outbox)) {
            files = list.sorted().toList();
        }
        assertEquals(4, files.size(), files.toString());
        for (Path file : files) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                assertTrue(message.getHeader("Return-Path")[0].contains("admin@corp.example.jp"));
                assertTrue(message.getMessageID().startsWith("<certdesk."));
            }
        }
    }
}

package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.ScriptedSmtpServer;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CR, LF and other control characters in names, addresses, subjects and file names never reach a header. */
class HeaderInjectionTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();

    private DeliveryReport deliver(ScriptedSmtpServer server, DeliveryItem item, String fromName) throws Exception {
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            DeliverySettings settings = DeliverySettings.builder(
                    SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE_LOOPBACK_ONLY), "admin@corp.example.jp")
                    .fromName(fromName).build();
            return new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).deliver(List.of(item),
                    DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
        }
    }

    private DeliveryItem item() throws Exception {
        Path p12 = dir.resolve("dummy.p12");
        if (!Files.exists(p12)) {
            Files.write(p12, new byte[] { 0x30, 0x03, 0x02, 0x01, 0x03 });
        }
        return Items.mail(7, 7, "山田 太郎", "taro@corp.example.jp", "boss@corp.example.jp", p12);
    }

    @ParameterizedTest
    @ValueSource(strings = { "山田\r\nBcc: victim@evil.example", "山田\nX-Evil: 1", "山田\u0000", "山田\u2028太郎", "山田\u0085" })
    void controlCharactersInTheNameAreRefusedNamingTheRow(String name) throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.plain()) {
            DeliveryItem bad = Items.named(item(), name, "taro@corp.example.jp", "cert.p12");
            DeliveryReport report = deliver(server, bad, "");
            DeliveryResult file = report.result(7, DeliveryPart.FILE).orElseThrow();
            assertEquals(ErrorCode.DELIVERY_UNSAFE_FIELD, file.error());
            assertTrue(file.detail().startsWith("row 7 (e7): [407]"), file.detail());
            assertEquals(0, server.dataTransfers());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "taro@corp.example.jp\r\nRCPT TO:<x@evil.example>", "taro@corp.example.jp\n",
            "山田@corp.example.jp", "Taro <taro@corp.example.jp>", "taro", "taro@corp.example.jp, x@evil.example", "" })
    void badAddressesAreRefused(String email) throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.plain()) {
            DeliveryItem bad = Items.named(item(), "山田 太郎", email, "cert.p12");
            DeliveryResult file = deliver(server, bad, "").result(7, DeliveryPart.FILE).orElseThrow();
            assertTrue(file.error() == ErrorCode.DELIVERY_UNSAFE_FIELD || file.error() == ErrorCode.DELIVERY_ADDRESS_INVALID,
                    String.valueOf(file.error()));
            assertTrue(file.detail().contains("row 7"), file.detail());
            assertEquals(0, server.dataTransfers());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "cert\r\nContent-Type: text/html.p12", "../../etc/passwd", "cert\u202Eexe.p12", "a\"b.p12",
            "cert\t.p12" })
    void unsafeFileNamesAreRefused(String fileName) throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.plain()) {
            DeliveryItem bad = Items.named(item(), "山田 太郎", "taro@corp.example.jp", fileName);
            DeliveryResult file = deliver(server, bad, "").result(7, DeliveryPart.FILE).orElseThrow();
            assertEquals(ErrorCode.DELIVERY_UNSAFE_FIELD, file.error());
            assertEquals(0, server.dataTransfers());
        }
    }

    @Test
    void aControlCharacterInTheSenderNameStopsTheBatch() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.plain()) {
            DeliveryException e = org.junit.jupiter.api.Assertions.assertThrows(DeliveryException.class,
                    () -> deliver(server, item(), "Admin\r\nBcc: x@evil.example"));
            assertEquals(ErrorCode.DELIVERY_UNSAFE_FIELD, e.code());
            assertEquals(0, server.connections());
        }
    }
}

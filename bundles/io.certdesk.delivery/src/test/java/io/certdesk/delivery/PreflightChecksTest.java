package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery's preflight applies the batch's own rules to rows that are not even downloaded yet, and groups the
 * rows that share a problem into one finding naming them; nothing is read from attachments or passwords.
 */
class PreflightChecksTest {

    @TempDir
    Path dir;

    private SqliteDeliveryLedger ledger;
    private final VirtualTime time = new VirtualTime();

    @BeforeEach
    void ledger() throws Exception {
        ledger = SqliteDeliveryLedger.open(dir.resolve("workspace.db"), time);
    }

    @AfterEach
    void close() throws Exception {
        ledger.close();
    }

    private static DeliveryItem item(int i, String email, String recipient) {
        DeliveryItem item = Items.mail(i, i + 1, "User " + i, email, recipient, Path.of("never-read.p12"));
        return new DeliveryItem(item.entryId(), item.row(), item.name(), item.department(), item.email(),
                item.passwordRecipient(), item.fileChannel(), item.passwordChannel(), item.certificateNumber(), () -> {
                    throw new AssertionError("the preflight read an attachment");
                }, item.fileName(), item.expiry(), item.issuer(), () -> {
                    throw new AssertionError("the preflight read a password");
                });
    }

    private List<PreflightFinding> preflight(DeliverySettings settings, List<DeliveryItem> items) throws Exception {
        return new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).preflight(items, DeliveryOptions.send());
    }

    @Test
    void rowsSharingAProblemAreOneFindingThatCountsAndNamesThem() throws Exception {
        DeliverySettings settings = DeliverySettings.builder(SmtpSettings.of("127.0.0.1", 2525, SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").bcc("audit@corp.example.jp").build();
        List<PreflightFinding> findings = preflight(settings, List.of(
                item(1, "u1@corp.example.jp", "boss@corp.example.jp"),
                item(2, "u2@corp.example.jp", ""),
                item(3, "U3@Corp.Example.JP", "u3+pw@corp.example.jp"),
                item(4, "u4@corp.example.jp", ""),
                item(5, "", "boss@corp.example.jp"),
                item(6, "u6@corp.example.jp", "Audit@corp.example.jp")));
        assertEquals(4, findings.size(), findings.toString());
        PreflightFinding noRecipient = findings.stream().filter(f -> f.problem().contains("no password recipient"))
                .findFirst().orElseThrow();
        assertEquals(ErrorCode.DELIVERY_ADDRESS_INVALID, noRecipient.code());
        assertEquals(List.of("row 3 (e2)", "row 5 (e4)"), noRecipient.labels());
        assertTrue(noRecipient.problem().startsWith("2 rows"), noRecipient.problem());
        assertTrue(findings.stream().anyMatch(f -> f.code() == ErrorCode.DELIVERY_SAME_MAILBOX
                && f.labels().equals(List.of("row 4 (e3)"))), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.code() == ErrorCode.DELIVERY_SAME_MAILBOX
                && f.labels().equals(List.of("row 7 (e6)"))), "the Bcc counts as the file's mailbox: " + findings);
        assertTrue(findings.stream().anyMatch(f -> f.code() == ErrorCode.DELIVERY_ADDRESS_INVALID
                && f.labels().equals(List.of("row 6 (e5)")) && f.problem().contains("file mail")), findings.toString());
    }

    @Test
    void noSenderAndNoServerAreSettingsFindingsOnlyWhenMailIsUsed() throws Exception {
        DeliverySettings settings = DeliverySettings.builder(SmtpSettings.of("", 587, SmtpSecurity.STARTTLS_REQUIRED), "")
                .build();
        List<PreflightFinding> findings = preflight(settings, List.of(item(1, "u1@corp.example.jp", "boss@corp.example.jp")));
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.code() == ErrorCode.DELIVERY_SETTINGS_INVALID && f.rows() == 0),
                findings.toString());
        DeliveryItem manual = item(2, "", "");
        DeliveryItem byHand = new DeliveryItem(manual.entryId(), manual.row(), manual.name(), manual.department(), "", "",
                DeliveryChannel.MANUAL, DeliveryChannel.HANDOUT, manual.certificateNumber(), manual.attachment(),
                manual.fileName(), manual.expiry(), manual.issuer(), manual.password());
        assertEquals(List.of(), preflight(settings, List.of(byHand)), "nothing goes by mail: nothing to check");
    }
}

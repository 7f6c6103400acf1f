package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.ui.internal.details.Fingerprints;
import io.certdesk.ui.internal.details.Messages;
import io.certdesk.ui.internal.parts.DetailsPart;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * The Details part follows the row clicked in the Entries table: the person, the certificate with its fingerprints in
 * blocks of 8 (the copy button copies the plain hex), the 24-hour window with the time left at the fixed clock, and
 * the error with cause and remedy from the catalogue.
 */
class DetailsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final String SHA256 = "3A7F09C211B4DE5F66778899AABBCCDD00112233445566778899AABBCCDDEEFF";
    private static final String SHA1 = "0123456789ABCDEF0123456789ABCDEF01234567";

    @Test
    void theClickedEntryIsShownInFull() throws Exception {
        Instant first = NOW.minus(Duration.ofHours(18)).minus(Duration.ofMinutes(48));
        CertificateInfo info = new CertificateInfo("CN=Yamada Taro,O=Example", "CN=Example CA,O=Example", "1A2B",
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-01T00:00:00Z"), SHA256, SHA1);
        Entry failed = new Entry(1, "GROUP-A", "10000001", "Yamada Taro", "yamada@example.jp", "Sales",
                Optional.of(io.certdesk.delivery.DeliveryChannel.MAIL), "boss@example.jp", Optional.empty(), Map.of(),
                Optional.empty(), EntryState.FAILED, Optional.of(EntryState.VERIFIED),
                Optional.of(ErrorCode.COMM_CANNOT_CONNECT), Optional.of("connection refused"), NOW.minusSeconds(86_400),
                NOW, Optional.of(first), true, 1, Optional.of("AB"), Optional.of(info), Optional.empty(), Optional.empty());
        Entry plain = Fixtures.entry(2, "Sato Hanako", "Legal", EntryState.IMPORTED, Optional.empty(), Optional.empty());
        try (PartHarness ui = new PartHarness(new SnapshotJobService(Fixtures.status(List.of(failed, plain), NOW)),
                new MutableClock(NOW, Fixtures.TOKYO))) {
            ui.model.open(Path.of("/nowhere/details"), "unused".toCharArray());
            ui.waitForStatus();
            DetailsPart details = ui.details();
            assertTrue(details.text().contains(Messages.none), details.text());
            Ui.activate(ui.shell);
            Table table = ui.table();
            int row = ui.part.table().visibleRows().get(0).entry().id() == 1 ? 0 : 1;
            var bounds = table.getItem(row).getBounds(1);
            Ui.click(table, bounds.x + 5, bounds.y + 3);
            Ui.waitUntil(ui.display, () -> details.entry().isPresent(), Duration.ofSeconds(10), "the details");
            String text = details.text();
            assertTrue(text.contains("Yamada Taro") && text.contains("boss@example.jp"), text);
            assertTrue(text.contains("3A7F09C2 11B4DE5F 66778899 AABBCCDD 00112233 44556677 8899AABB CCDDEEFF"), text);
            assertTrue(text.contains("01234567 89ABCDEF 01234567 89ABCDEF 01234567"), text);
            assertTrue(text.contains(Ui.japanese() ? "\u6b8b\u308a 5 \u6642\u9593 12 \u5206" : "5 h 12 min left"), text);
            assertTrue(text.contains(ErrorCode.COMM_CANNOT_CONNECT.cause())
                    && text.contains(ErrorCode.COMM_CANNOT_CONNECT.remedy()), text);
            assertTrue(text.contains("connection refused"), text);
            Ui.activate(ui.detailsShell());
            Ui.screenshot(ui.detailsShell(), "details");

            var copy = details.copyButton(Messages.certificateSha256).orElseThrow();
            Ui.find(ui.detailsShell(), org.eclipse.swt.custom.ScrolledComposite.class).get(0).showControl(copy);
            Ui.settle(ui.display, 100);
            Ui.click(copy);
            Clipboard clipboard = new Clipboard(ui.display);
            try {
                assertEquals(SHA256, clipboard.getContents(TextTransfer.getInstance()));
            } finally {
                clipboard.dispose();
            }
            assertEquals("3A7F09C2 11B4", Fingerprints.blocks("3a:7f:09:c2:11:b4"));
        }
    }
}

package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.internal.FontLocator;
import io.certdesk.delivery.testing.ExternalTool;
import io.certdesk.delivery.testing.VirtualTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout PDF, read back with PDFBox and with poppler's pdftotext. */
class HandoutWriterTest {

    @TempDir
    Path dir;

    private static DeliveryItem item(long id, int row, String name, String department, String password) {
        return new DeliveryItem(id, row, name, department, "", "", DeliveryChannel.MANUAL, DeliveryChannel.HANDOUT,
                "2026" + DeliveryItem.key(id), AttachmentSource.file(Path.of("unused.p12")), DeliveryItem.key(id) + ".p12", LocalDate.of(2027, 3, 31), "CertDesk Test CA",
                password::toCharArray);
    }

    @Test
    void onePagePerUserGroupedByDepartmentWithJapaneseTextAndPassword() throws Exception {
        Path font = HandoutWriter.findFont();
        Path out = dir.resolve("handout.pdf");
        List<DeliveryItem> items = List.of(item(1, 1, "山田 太郎", "営業部", "Kx7-pQ2m-Rt9w"),
                item(2, 2, "鈴木 花子", "経理部", "Zz4-aB8c-Dd1e"), item(3, 3, "佐藤 次郎", "営業部", "Mm5-nN6o-Pp7q"));
        int pages = new HandoutWriter(font, new VirtualTime()).write(items, out);
        assertEquals(3, pages);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertEquals(3, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            // 営業部 < 経理部 in code point order: the two sales users come first, in row order.
            assertTrue(first.contains("山田 太郎"), first);
            assertTrue(first.contains("Kx7-pQ2m-Rt9w"), first);
            assertTrue(first.contains("パスワード"), first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("佐藤 次郎"));
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(document).contains("鈴木 花子"));
        }
        String poppler = ExternalTool.require("pdftotext", "poppler-utils").runOk("-enc", "UTF-8", out.toString(), "-");
        assertTrue(poppler.contains("鈴木 花子"), poppler);
        assertTrue(poppler.contains("Zz4-aB8c-Dd1e"), poppler);
        assertTrue(poppler.contains("Client certificate password"), poppler);
    }

    @Test
    void neverOverwritesAFile() throws Exception {
        Path out = Files.writeString(dir.resolve("handout.pdf"), "keep");
        DeliveryException e = assertThrows(DeliveryException.class, () -> new HandoutWriter(HandoutWriter.findFont(),
                new VirtualTime()).write(List.of(item(1, 1, "山田 太郎", "営業部", "x")), out));
        assertEquals(ErrorCode.DELIVERY_CANNOT_WRITE, e.code());
        assertEquals("keep", Files.readString(out));
    }

    @Test
    void missingFontsNameWhatToInstall() {
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> FontLocator.find(List.of(dir.resolve("no-such-font.ttf"))));
        assertEquals(ErrorCode.DELIVERY_FONT_MISSING, e.code());
        assertTrue(e.getMessage().contains("fonts-ipafont-gothic"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-font.ttf"), e.getMessage());
    }
}

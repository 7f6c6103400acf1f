package io.certdesk.delivery.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.delivery.DeliveryItem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eclipse.osgi.util.NLS;

/** Lays out one user's handout page (A4 portrait). Labels are bilingual (Japanese / English). */
public final class HandoutPage {

    private static final float MARGIN = 56;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private HandoutPage() {
    }

    /** Adds the page of one user. */
    public static void add(PDDocument document, PDFont font, DeliveryItem item, char[] password, int number, int total,
            Clock clock) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float top = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            text(content, font, 9, MARGIN, top, safe(font, item.department().isEmpty() ? "-" : item.department())); //$NON-NLS-1$
            String pageLabel = NLS.bind(Messages.handoutPage, number, total);
            text(content, font, 9, MARGIN + width - font.getStringWidth(safe(font, pageLabel)) / 1000 * 9, top, safe(font, pageLabel));
            float y = top - 40;
            y = wrapped(content, font, 18, MARGIN, y, width, Messages.handoutTitle) - 16;
            y = field(content, font, y, width, Messages.handoutName, item.name());
            y = field(content, font, y, width, Messages.handoutDepartment, item.department());
            y = field(content, font, y, width, Messages.handoutCertificateNumber, item.certificateNumber());
            y = field(content, font, y, width, Messages.handoutFileName, item.fileName());
            y = field(content, font, y, width, Messages.handoutExpiry, DATE.format(item.expiry()));
            y = field(content, font, y, width, Messages.handoutIssuer, item.issuer());
            y -= 8;
            text(content, font, 10, MARGIN, y, safe(font, Messages.handoutPassword));
            y -= 40;
            content.setLineWidth(1.2f);
            content.addRect(MARGIN, y - 12, width, 42);
            content.stroke();
            content.beginText();
            content.setFont(font, 22);
            content.newLineAtOffset(MARGIN + 12, y);
            content.showText(safe(font, new String(password)));
            content.endText();
            y -= 44;
            y = wrapped(content, font, 10, MARGIN, y, width, Messages.handoutKeepApart) - 24;
            y = wrapped(content, font, 10, MARGIN, y, width, Messages.handoutReceipt) - 8;
            wrapped(content, font, 8, MARGIN, MARGIN, width,
                    NLS.bind(Messages.handoutPrinted, DATE.format(LocalDate.now(clock)), item.key()));
        }
    }

    private static float field(PDPageContentStream content, PDFont font, float y, float width, String label,
            String value) throws IOException {
        text(content, font, 9, MARGIN, y, safe(font, label));
        return wrapped(content, font, 14, MARGIN + 12, y - 18, width - 12, value.isEmpty() ? "-" : value) - 14; //$NON-NLS-1$
    }

    private static float wrapped(PDPageContentStream content, PDFont font, float size, float x, float y, float width,
            String value) throws IOException {
        float line = y;
        for (String part : wrap(font, size, width, safe(font, value))) {
            text(content, font, size, x, line, part);
            line -= size * 1.4f;
        }
        return line + size * 1.4f - size * 0.6f;
    }

    private static List<String> wrap(PDFont font, float size, float width, String value) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : value.split("\n", -1)) { //$NON-NLS-1$
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String next = current.toString() + new String(Character.toChars(cp));
                if (current.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
                    int space = current.lastIndexOf(" "); //$NON-NLS-1$
                    if (space > 0 && cp < 0x3000) {
                        // Latin text: break at the last space rather than inside a word.
                        lines.add(current.substring(0, space));
                        current.delete(0, space + 1);
                    } else {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                }
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String value)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(value);
        content.endText();
    }

    /** The text with characters the font cannot show (and control characters) replaced by '?'. */
    static String safe(PDFont font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (cp == '\n') {
                out.append(s);
                return;
            }
            try {
                if (Character.isISOControl(cp)) {
                    throw new IllegalArgumentException();
                }
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}

package io.certdesk.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.secrets.Secret;
import io.certdesk.delivery.internal.FontLocator;
import io.certdesk.delivery.internal.HandoutPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The printable password handout: one A4 page per user, grouped by department (then roster order), with name,
 * department, certificate number, file name, expiry and the password, labelled in Japanese and English. A
 * Japanese TrueType font from the system is embedded (subset). The PDF holds passwords, so it is written
 * readable by its owner only and never over an existing file.
 */
public final class HandoutWriter {

    private final Path font;
    private final Clock clock;

    /** With the font file to embed ({@link #findFont()} finds one). */
    public HandoutWriter(Path font, Clock clock) {
        this.font = Objects.requireNonNull(font, "font"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    /** The first Japanese font found among the usual locations of Linux, Windows and macOS. */
    public static Path findFont() throws DeliveryException {
        return FontLocator.find(FontLocator.candidates());
    }

    /**
     * Writes the handout for the items (each item's password is fetched once and cleared after its page).
     *
     * @return how many pages were written
     */
    public int write(List<DeliveryItem> items, Path out) throws DeliveryException {
        Objects.requireNonNull(items, "items"); //$NON-NLS-1$
        Objects.requireNonNull(out, "out"); //$NON-NLS-1$
        List<DeliveryItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(DeliveryItem::department).thenComparingInt(DeliveryItem::row)
                .thenComparing(DeliveryItem::entryId));
        if (Files.exists(out)) {
            throw new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, out.toString(), null);
        }
        try (PDDocument document = new PDDocument()) {
            PDFont pdfFont = FontLocator.load(document, font);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("CertDesk password handout"); //$NON-NLS-1$
            info.setCreator("CertDesk"); //$NON-NLS-1$
            int pageNumber = 0;
            for (DeliveryItem item : ordered) {
                pageNumber++;
                int page = pageNumber;
                try (Secret password = item.password().secret()) {
                    password.apply(chars -> {
                        HandoutPage.add(document, pdfFont, item, chars, page, ordered.size(), clock);
                        return null;
                    });
                }
            }
            DurableFiles.write(out, document::save, WriteMode.CREATE_NEW);
            return pageNumber;
        } catch (IOException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, out.toString(), e.getMessage(), e);
        }
    }
}

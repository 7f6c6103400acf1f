package io.certdesk.delivery.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.osgi.util.NLS;

/**
 * Finds a Japanese TrueType font to embed in the handout. TrueType outlines only: PDFBox cannot embed
 * CFF-based OpenType fonts (Noto Sans CJK, Hiragino), so those are not candidates.
 */
public final class FontLocator {

    private FontLocator() {
    }

    /** The usual places, most likely first; {@code CERTDESK_HANDOUT_FONT} overrides them. */
    public static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String override = System.getenv("CERTDESK_HANDOUT_FONT"); //$NON-NLS-1$
        if (override != null && !override.isBlank()) {
            candidates.add(Path.of(override));
        }
        for (String path : new String[] {
                "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", //$NON-NLS-1$
                "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf", //$NON-NLS-1$
                "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", //$NON-NLS-1$
                "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf", //$NON-NLS-1$
                "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf", //$NON-NLS-1$
                "/usr/share/fonts/ipa-gothic/ipag.ttf", //$NON-NLS-1$
                "C:\\Windows\\Fonts\\msgothic.ttc", //$NON-NLS-1$
                "C:\\Windows\\Fonts\\YuGothM.ttc", //$NON-NLS-1$
                "C:\\Windows\\Fonts\\meiryo.ttc", //$NON-NLS-1$
                "/System/Library/Fonts/Supplemental/Arial Unicode.ttf", //$NON-NLS-1$
                "/Library/Fonts/Arial Unicode.ttf" }) { //$NON-NLS-1$
            candidates.add(Path.of(path));
        }
        return candidates;
    }

    /** The first candidate that exists. */
    public static Path find(List<Path> candidates) throws DeliveryException {
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return candidate;
            }
        }
        throw new DeliveryException(ErrorCode.DELIVERY_FONT_MISSING, "handout", //$NON-NLS-1$
                NLS.bind(Messages.fontMissing, String.join(", ", candidates.stream().map(Path::toString).toList()))); //$NON-NLS-1$
    }

    /** Loads the font for embedding (the first font of a .ttc collection). */
    public static PDFont load(PDDocument document, Path file) throws DeliveryException {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                if (first[0] == null) {
                    throw new IOException("empty font collection"); //$NON-NLS-1$
                }
                return PDType0Font.load(document, first[0], true);
            }
            return PDType0Font.load(document, file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_FONT_MISSING, file.toString(),
                    NLS.bind(Messages.fontUnreadable, file, e.getMessage()), e);
        }
    }
}

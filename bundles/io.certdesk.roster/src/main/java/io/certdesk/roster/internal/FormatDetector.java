package io.certdesk.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.certdesk.roster.RosterFormat;

/** Tells the format from the file's first bytes (the extension can lie: "roster.xls" is often a CSV). */
final class FormatDetector {

    private FormatDetector() {
    }

    /** The format, or null when the content is binary but neither zip nor OLE2. */
    static RosterFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return RosterFormat.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return RosterFormat.XLS;
        }
        for (byte b : head) {
            if (b == 0) {
                return null;
            }
        }
        return RosterFormat.CSV;
    }
}

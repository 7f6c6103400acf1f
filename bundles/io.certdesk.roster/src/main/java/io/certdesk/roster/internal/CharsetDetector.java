package io.certdesk.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the character set of a CSV file the way Japanese spreadsheets are saved: a UTF-8 byte order
 * mark means UTF-8; otherwise a strict UTF-8 decode of the whole file that succeeds means UTF-8;
 * otherwise Windows-31J (MS932, Excel's "CSV" in Japan, a superset of Shift_JIS).
 */
public final class CharsetDetector {

    /** Windows-31J, Java's name for Microsoft's code page 932. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j"); //$NON-NLS-1$

    private CharsetDetector() {
    }

    /** Whether the data starts with the UTF-8 byte order mark. */
    public static boolean hasBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (hasBom(head)) {
                return StandardCharsets.UTF_8;
            }
        }
        return isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_31J;
    }

    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, read);
                in.flip();
                if (!decode(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decode(decoder, in, out, true) && !decoder.flush(out.clear()).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !end || !in.hasRemaining();
            }
        }
    }
}

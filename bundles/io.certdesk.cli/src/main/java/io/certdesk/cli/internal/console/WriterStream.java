package io.certdesk.cli.internal.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes into a {@link Writer}: the progress library draws on a {@code PrintStream}, the commands write on
 * picocli's {@code PrintWriter}; both end up in the same writer, in order.
 */
final class WriterStream extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(Writer out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int at = off;
        int left = len;
        while (left > 0) {
            int n = Math.min(left, pending.remaining());
            pending.put(b, at, n);
            at += n;
            left -= n;
            decode();
        }
    }

    private void decode() throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, false);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }
}

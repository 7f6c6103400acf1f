package io.certdesk.portal.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds an {@code application/x-www-form-urlencoded} body (UTF-8) from char arrays, so the password is
 * never a String. The caller clears the returned bytes after sending.
 */
public final class FormEncoder {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(128);

    public FormEncoder add(String name, char[] value) {
        if (body.size() > 0) {
            body.write('&');
        }
        encode(name.toCharArray());
        body.write('=');
        encode(value);
        return this;
    }

    private void encode(char[] value) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        while (bytes.hasRemaining()) {
            int b = bytes.get() & 0xff;
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.'
                    || b == '*') {
                body.write(b);
            } else if (b == ' ') {
                body.write('+');
            } else {
                body.write('%');
                body.write(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
                body.write(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }

    /** The body; the internal buffer is wiped. */
    public byte[] toBytes() {
        byte[] bytes = body.toByteArray();
        byte[] zeros = new byte[body.size()];
        body.reset();
        body.writeBytes(zeros);
        body.reset();
        return bytes;
    }
}

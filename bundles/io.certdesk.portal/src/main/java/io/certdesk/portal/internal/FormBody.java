package io.certdesk.portal.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses an {@code application/x-www-form-urlencoded} body (UTF-8) into char arrays, so the password never
 * becomes a String. {@link #clear()} wipes every value and the caller clears the body.
 */
public final class FormBody implements AutoCloseable {

    private final Map<String, char[]> fields = new HashMap<>();

    private FormBody() {
    }

    public static FormBody parse(byte[] body) {
        FormBody form = new FormBody();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                form.pair(body, start, i);
                start = i + 1;
            }
        }
        return form;
    }

    private void pair(byte[] body, int from, int to) {
        if (from >= to) {
            return;
        }
        int eq = from;
        while (eq < to && body[eq] != '=') {
            eq++;
        }
        char[] name = decode(body, from, eq);
        char[] value = eq < to ? decode(body, eq + 1, to) : new char[0];
        fields.putIfAbsent(new String(name), value);
    }

    private static char[] decode(byte[] body, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < to && hex(body[i + 1]) >= 0
                    && hex(body[i + 2]) >= 0) {
                bytes.write(hex(body[i + 1]) * 16 + hex(body[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        byte[] raw = bytes.toByteArray();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(raw));
            char[] result = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            return new char[0];
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** The value of a field as a String (for non-secret fields); empty when absent. */
    public String text(String name) {
        char[] value = fields.get(name);
        return value == null ? "" : new String(value).strip(); //$NON-NLS-1$
    }

    /** The value as a fresh char array the caller clears; empty when absent. */
    public char[] secret(String name) {
        char[] value = fields.get(name);
        return value == null ? new char[0] : value.clone();
    }

    public void clear() {
        fields.values().forEach(v -> Arrays.fill(v, '\0'));
    }

    @Override
    public void close() {
        clear();
    }
}

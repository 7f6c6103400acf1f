package io.certdesk.cli.internal.console;

/**
 * A minimal JSON writer for the command's {@code --json} output (the target platform has no JSON
 * library): objects, arrays, strings, numbers, booleans and null, with every control character escaped.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    public JsonWriter beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** A member name inside an object; the value follows. */
    public JsonWriter name(String name) {
        comma();
        quote(name);
        out.append(':');
        needComma = false;
        return this;
    }

    public JsonWriter value(String value) {
        comma();
        if (value == null) {
            out.append("null"); //$NON-NLS-1$
        } else {
            quote(value);
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(long value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    public JsonWriter value(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                case '\b' -> out.append("\\b"); //$NON-NLS-1$
                case '\f' -> out.append("\\f"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

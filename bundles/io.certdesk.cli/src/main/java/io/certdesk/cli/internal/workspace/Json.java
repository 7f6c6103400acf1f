package io.certdesk.cli.internal.workspace;

/** JSON string escaping for the status output (RFC 8259). */
final class Json {

    private Json() {
    }

    static String string(String value) {
        if (value == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

package io.certdesk.portal.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;

/** UTF-8 properties files, written owner-only, atomically, with sorted keys and a comment. */
public final class PropertiesFiles {

    private PropertiesFiles() {
    }

    public static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    public static void write(Path file, Map<String, String> values, String comment) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) { //$NON-NLS-1$
            text.append("# ").append(line).append('\n'); //$NON-NLS-1$
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            text.append(escape(entry.getKey(), true)).append(" = ").append(escape(entry.getValue(), false)).append('\n'); //$NON-NLS-1$
        }
        DurableFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), WriteMode.REPLACE);
    }

    /** Escapes only what a properties reader needs, so the file stays readable (UTF-8, no \\uXXXX, no \\:). */
    private static String escape(String value, boolean key) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c)); //$NON-NLS-1$
                case ' ' -> out.append(key || i == 0 ? "\\ " : " "); //$NON-NLS-1$ //$NON-NLS-2$
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

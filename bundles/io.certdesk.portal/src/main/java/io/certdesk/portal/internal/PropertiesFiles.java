package io.certdesk.portal.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

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
        OwnerOnlyFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String value, boolean key) {
        // Properties.store escapes everything correctly; keep its escaping but not its date comment.
        Properties one = new Properties();
        one.setProperty(key ? value : "k", key ? "" : value); //$NON-NLS-1$ //$NON-NLS-2$
        StringWriter writer = new StringWriter();
        try {
            one.store(writer, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String line = writer.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        int eq = line.indexOf('=');
        return key ? line.substring(0, eq) : line.substring(eq + 1);
    }
}

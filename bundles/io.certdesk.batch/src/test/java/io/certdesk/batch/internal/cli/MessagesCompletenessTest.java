package io.certdesk.batch.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English and Japanese texts have the same keys, and every message field has a text. */
class MessagesCompletenessTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({ "/io/certdesk/batch/internal/cli/messages, io.certdesk.batch.internal.cli.Messages",
            "/io/certdesk/batch/internal/cli/help, " })
    void englishAndJapaneseMatch(String base, String messagesClass) throws Exception {
        Set<String> en = new TreeSet<>(load(base + ".properties").stringPropertyNames());
        Set<String> ja = new TreeSet<>(load(base + "_ja.properties").stringPropertyNames());
        assertFalse(en.isEmpty());
        assertEquals(en, ja);
        if (messagesClass != null) {
            Set<String> fields = Arrays.stream(Class.forName(messagesClass).getFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                    .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fields, en);
        }
    }
}

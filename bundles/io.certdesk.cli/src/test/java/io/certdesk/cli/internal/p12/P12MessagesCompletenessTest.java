package io.certdesk.cli.internal.p12;

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
import org.junit.jupiter.params.provider.ValueSource;

/** Every message and help text of {@code certdesk p12} exists in English and Japanese. */
class P12MessagesCompletenessTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = P12MessagesCompletenessTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages", "p12help" })
    void japaneseAndEnglishHaveTheSameKeys(String base) throws IOException {
        Set<String> en = new TreeSet<>(load(base + ".properties").stringPropertyNames());
        Set<String> ja = new TreeSet<>(load(base + "_ja.properties").stringPropertyNames());
        assertFalse(en.isEmpty());
        assertEquals(en, ja);
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_ja.properties" })
    void everyNlsFieldHasAMessage(String resource) throws IOException {
        Set<String> fields = Arrays.stream(Messages.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, new TreeSet<>(load(resource).stringPropertyNames()));
    }
}

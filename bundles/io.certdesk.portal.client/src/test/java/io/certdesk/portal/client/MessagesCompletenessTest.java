package io.certdesk.portal.client;

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

import io.certdesk.portal.client.internal.cli.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message and help text exists in English and Japanese, and every NLS field has a message. */
class MessagesCompletenessTest {

    private static final String DIR = "/io/certdesk/portal/client/internal/cli/";

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream(DIR + resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages", "help" })
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

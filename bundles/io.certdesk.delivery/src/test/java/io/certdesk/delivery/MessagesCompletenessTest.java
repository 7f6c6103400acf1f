package io.certdesk.delivery;

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

import io.certdesk.delivery.internal.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every NLS class of the bundle has the same keys in English and Japanese, one per field. */
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

    private static Set<String> fields(Class<?> type) {
        return Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @CsvSource({ "io.certdesk.delivery.internal.Messages, /io/certdesk/delivery/internal/messages",
            "io.certdesk.delivery.internal.cli.Messages, /io/certdesk/delivery/internal/cli/messages" })
    void englishAndJapaneseMatchTheFields(String type, String base) throws Exception {
        Set<String> expected = fields(Class.forName(type));
        assertFalse(expected.isEmpty());
        assertEquals(expected, new TreeSet<>(load(base + ".properties").stringPropertyNames()));
        assertEquals(expected, new TreeSet<>(load(base + "_ja.properties").stringPropertyNames()));
        assertFalse(Messages.settingsLabel.startsWith("NLS missing"));
    }
}

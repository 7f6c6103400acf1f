package io.certdesk.core.errors;

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

import io.certdesk.core.internal.errors.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue exists in English and Japanese with the same keys, and every NLS field has a text. */
class MessagesCompletenessTest {

    private static final String DIR = "/io/certdesk/core/internal/errors/";

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

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("errors.properties").stringPropertyNames());
        Set<String> ja = new TreeSet<>(load("errors_ja.properties").stringPropertyNames());
        assertFalse(en.isEmpty());
        assertEquals(en, ja);
    }

    @ParameterizedTest
    @ValueSource(strings = { "errors.properties", "errors_ja.properties" })
    void everyNlsFieldHasAText(String resource) throws IOException {
        Set<String> fields = Arrays.stream(ErrorMessages.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, new TreeSet<>(load(resource).stringPropertyNames()));
    }

    @Test
    void everyCodeHasItsThreeKeys() throws IOException {
        Set<String> keys = load("errors.properties").stringPropertyNames();
        for (ErrorCode code : ErrorCode.values()) {
            for (String part : new String[] { "message", "cause", "remedy" }) {
                assertEquals(true, keys.contains("e" + code.code() + "_" + part), code + " " + part);
            }
        }
    }
}

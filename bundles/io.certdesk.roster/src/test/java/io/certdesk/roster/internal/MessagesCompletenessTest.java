package io.certdesk.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.roster.FindingCode;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterProblem;
import io.certdesk.roster.Severity;

/** Every message and help text exists in English and Japanese; every enum constant has its text. */
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
    @ValueSource(strings = { "messages" }) // the help texts of certdesk roster moved to io.certdesk.cli (TranslationsTest checks them)
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

    @Test
    void everyEnumConstantHasAText() throws IOException {
        Properties en = load("messages.properties");
        Arrays.stream(FindingCode.values()).forEach(c -> assertTrue(en.containsKey("finding_" + c.name()), c.name()));
        Arrays.stream(RosterField.values()).forEach(c -> assertTrue(en.containsKey("field_" + c.name()), c.name()));
        Arrays.stream(RosterProblem.values()).forEach(c -> assertTrue(en.containsKey("problem_" + c.name()), c.name()));
        Arrays.stream(Severity.values()).forEach(c -> assertTrue(en.containsKey("severity_" + c.name()), c.name()));
    }
}

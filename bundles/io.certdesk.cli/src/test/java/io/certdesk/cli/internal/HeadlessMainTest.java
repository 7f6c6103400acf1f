package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain start takes {@code -nl} as the framework's launcher does: anywhere, the last one counting. */
class HeadlessMainTest {

    private Locale saved;
    private String savedNl;

    @BeforeEach
    void save() {
        saved = Locale.getDefault();
        savedNl = System.getProperty("osgi.nl");
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
        if (savedNl == null) {
            System.clearProperty("osgi.nl");
        } else {
            System.setProperty("osgi.nl", savedNl);
        }
    }

    @Test
    void nlSetsTheLanguageAndIsTakenOutOfTheCommandLine() {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals(List.of("status", "--workspace", "w"), HeadlessMain.withoutLanguage("-nl", "ja", "status",
                "--workspace", "w"));
        assertEquals(Locale.JAPANESE, Locale.getDefault());
        assertEquals("ja", System.getProperty("osgi.nl"));
    }

    @Test
    void theLastNlCountsWhereverItStandsAndARegionIsKept() {
        assertEquals(List.of("help", "run"), HeadlessMain.withoutLanguage("-nl", "en", "help", "-nl", "ja_JP", "run"));
        assertEquals(Locale.JAPAN, Locale.getDefault());
    }

    @Test
    void withoutNlNothingChanges() {
        Locale.setDefault(Locale.GERMAN);
        assertEquals(List.of("help", "-n"), HeadlessMain.withoutLanguage("help", "-n"));
        assertEquals(List.of("-nl"), HeadlessMain.withoutLanguage("-nl"), "a trailing -nl without a value stays");
        assertEquals(Locale.GERMAN, Locale.getDefault());
    }
}

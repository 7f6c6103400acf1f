package io.certdesk.cli.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.certdesk.workspace.EntryState;

/**
 * The command line names an entry's state with the workbench's words: the same Japanese word in both faces (the
 * command line once said 書き出し済み where the window said エクスポート済み), in English the same word in lower
 * case, as it stands inside a sentence ("Entries per state: exported 5").
 */
class NamesTest {

    @ParameterizedTest
    @EnumSource(EntryState.class)
    void aStateReadsTheSameOnTheCommandLineAndInTheWindow(EntryState state) throws IOException {
        Properties cliJa = load(Names.class, "messages_ja.properties");
        Properties workspaceJa = load(EntryState.class, "internal/messages_ja.properties");
        String cli = cliJa.getProperty("state" + camel(state));
        String window = workspaceJa.getProperty("entryState" + camel(state));
        assertNotNull(cli, "state" + camel(state));
        assertNotNull(window, "entryState" + camel(state));
        assertEquals(window, cli, state.name());
        assertEquals(state.displayName().toLowerCase(Locale.ROOT), Names.state(state), "the tests run in English");
        assertTrue(cli.chars().anyMatch(c -> c > 0x3000), state.name());
    }

    /** WINDOW_PASSED -> WindowPassed */
    private static String camel(EntryState state) {
        StringBuilder out = new StringBuilder();
        for (String word : state.name().split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static Properties load(Class<?> anchor, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(in);
        }
        return properties;
    }
}

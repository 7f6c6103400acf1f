package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The one delivery vocabulary: what the ledger keeps, what counts as delivered, and the words people read. */
class DeliveryStateTest {

    @Test
    void theLedgerKeepsOnlyItsOwnStates() {
        assertEquals(EnumSet.of(DeliveryState.INTENT, DeliveryState.ACCEPTED, DeliveryState.HANDED_OVER,
                DeliveryState.DEFERRED, DeliveryState.FAILED, DeliveryState.UNKNOWN, DeliveryState.CONFIRMED,
                DeliveryState.RESEND), EnumSet.copyOf(java.util.Arrays.stream(DeliveryState.values())
                        .filter(DeliveryState::recorded).toList()));
    }

    @ParameterizedTest
    @EnumSource(DeliveryState.class)
    void aStateIsNeverBothDeliveredAndSendableAndUnknownIsNeverResent(DeliveryState state) {
        assertFalse(state.delivered() && state.sendable(), state.name());
        assertFalse(state.delivered() && state.problem(), state.name());
        if (state == DeliveryState.UNKNOWN || state == DeliveryState.NEEDS_CONFIRMATION || state == DeliveryState.INTENT) {
            assertFalse(state.sendable(), "never resent without the administrator's answer: " + state);
        }
    }

    @ParameterizedTest
    @EnumSource(DeliveryState.class)
    void everyStateHasAnEnglishAndAJapaneseWordThatIsNotTheConstant(DeliveryState state) throws IOException {
        assertWords(state.name(), state.displayName());
    }

    @ParameterizedTest
    @EnumSource(DeliveryChannel.class)
    void everyChannelHasWordsAndAnIdThatReadsBack(DeliveryChannel channel) throws IOException {
        assertEquals(channel, DeliveryChannel.fromId(" " + channel.id().toUpperCase(java.util.Locale.ROOT) + " ").orElseThrow());
        assertFalse(channel.displayName().isBlank());
        assertTrue(DeliveryChannel.fromId("shared-folder").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DeliveryPart.class)
    void everyPartHasWords(DeliveryPart part) {
        assertFalse(part.displayName().isBlank());
    }

    @Test
    void anEntryIsNamedByItsRowInEitherLanguage() throws IOException {
        DeliveryItem item = itemInRow(7);
        assertEquals("row 7 (e6)", item.label(), "the tests run in English");
        String ja = load("messages_ja.properties").getProperty("itemLabel");
        assertEquals("7 \u884c\u76ee (e6)", org.eclipse.osgi.util.NLS.bind(ja, "7", item.key()));
        assertEquals("e6", itemInRow(0).label());
    }

    /** Entry 6, from roster row {@code row} (0: unknown). */
    private static DeliveryItem itemInRow(int row) {
        return new DeliveryItem(6, row, "Yamada", "", "y@example.jp", "", DeliveryChannel.MAIL, DeliveryChannel.MAIL,
                "1", () -> new byte[1], "y.p12", java.time.LocalDate.of(2027, 1, 1), "CA", () -> new char[1]);
    }

    private static void assertWords(String constant, String shown) throws IOException {
        assertFalse(shown.isBlank(), constant);
        assertNotEquals(constant, shown);
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        String key = english.stringPropertyNames().stream().filter(k -> english.getProperty(k).equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError(constant + " shows \"" + shown + "\", which is no English text"));
        String ja = japanese.getProperty(key);
        assertTrue(ja != null && ja.chars().anyMatch(c -> c > 0x3000), constant + ": no Japanese word for " + key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DeliveryState.class.getResourceAsStream("internal/" + name)) {
            properties.load(in);
        }
        return properties;
    }
}

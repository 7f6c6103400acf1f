package io.certdesk.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    @Test
    void codesAreUniqueAndLookedUpByNumber() {
        Set<Integer> numbers = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
        assertEquals(ErrorCode.values().length, numbers.size());
        assertEquals(Optional.of(ErrorCode.P12_WRONG_PASSWORD), ErrorCode.of(202));
        assertEquals(Optional.empty(), ErrorCode.of(299));
    }

    @Test
    void familiesFollowTheNumbering() {
        assertEquals(ErrorCategory.PKCS12, ErrorCode.P12_CORRUPT.category());
        assertEquals(ErrorCategory.CANCELLED, ErrorCode.CANCELLED.category());
        assertEquals(ErrorCategory.UNKNOWN, ErrorCode.UNKNOWN.category());
        assertEquals(ErrorCategory.DELIVERY, ErrorCode.DELIVERY_REJECTED.category());
        assertEquals(ErrorCategory.COMMUNICATION, ErrorCategory.of(101));
        assertEquals(ErrorCategory.LOCAL_STORE, ErrorCategory.of(301));
        assertEquals(ErrorCategory.PORTAL, ErrorCategory.of(501));
        assertEquals(990, ErrorCode.CANCELLED.code());
        assertEquals(1103, ErrorCode.UNKNOWN.code());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasEnglishAndJapaneseTexts(ErrorCode code) {
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.JAPANESE }) {
            for (String text : new String[] { code.message(locale), code.cause(locale), code.remedy(locale) }) {
                assertFalse(text.isBlank(), code + " " + locale);
                assertFalse(text.startsWith("!"), code + " " + locale + ": " + text);
            }
        }
        assertNotEquals(code.message(Locale.ENGLISH), code.message(Locale.JAPANESE), code.name());
        assertTrue(code.message(Locale.JAPANESE).chars().anyMatch(c -> c > 0x3000), code.name());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void defaultLocaleTextsComeThroughNls(ErrorCode code) {
        // The test JVM runs with -Duser.language=en.
        assertEquals(code.message(Locale.ENGLISH), code.message());
        assertEquals(code.cause(Locale.ENGLISH), code.cause());
        assertEquals(code.remedy(Locale.ENGLISH), code.remedy());
    }

    @Test
    void englishIsTheFallbackForOtherLocales() {
        assertEquals(ErrorCode.P12_CORRUPT.message(Locale.ENGLISH), ErrorCode.P12_CORRUPT.message(Locale.GERMAN));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void docsListEveryCode(ErrorCode code) throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).resolve("../../docs/errors.md").normalize();
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        assertTrue(text.contains("### " + code.code() + " `" + code.name() + "`"), code.name());
        assertTrue(text.contains(code.message(Locale.ENGLISH)), code.name());
        assertTrue(text.contains(code.message(Locale.JAPANESE)), code.name());
    }
}

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

    @Test
    void communicationLocalStoreAndPortalCodesLieInTheirRanges() {
        assertEquals(ErrorCategory.COMMUNICATION, ErrorCode.COMM_SEND_FAILED.category());
        assertEquals(ErrorCategory.LOCAL_STORE, ErrorCode.STORE_CANNOT_ADD.category());
        assertEquals(ErrorCategory.PORTAL, ErrorCode.PORTAL_AUTH_FAILED.category());
        for (ErrorCode code : ErrorCode.values()) {
            String prefix = code.name().substring(0, code.name().indexOf('_') > 0 ? code.name().indexOf('_') : 0);
            ErrorCategory expected = switch (prefix) {
                case "COMM" -> ErrorCategory.COMMUNICATION;
                case "P12" -> ErrorCategory.PKCS12;
                case "STORE" -> ErrorCategory.LOCAL_STORE;
                case "PORTAL" -> ErrorCategory.PORTAL;
                default -> code.category();
            };
            assertEquals(expected, code.category(), code.name());
        }
        // the four portal answers administrators meet each have their own code
        assertEquals(Set.of(501, 502, 503, 504), Set.of(ErrorCode.PORTAL_AUTH_FAILED.code(),
                ErrorCode.PORTAL_NOT_AVAILABLE.code(), ErrorCode.PORTAL_BUSY.code(), ErrorCode.PORTAL_LOCKED.code()));
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

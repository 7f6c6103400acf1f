package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.corpus.CorpusGenerator;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus under src/test/resources/testdata/MalformedCorpusTest (made by {@link CorpusGenerator})
 * exercises every read error: each file gets its catalogue code, a message naming the file, nothing
 * written by a conversion, and hostile files are refused well under a second.
 */
class MalformedCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/testdata/MalformedCorpusTest");
    private static final char[] PASSWORD = CorpusGenerator.PASSWORD.toCharArray();
    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create(TestPki.BC);

    @TempDir
    Path out;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("truncated.p12", ErrorCode.P12_CORRUPT),
                Arguments.of("truncated-header.p12", ErrorCode.P12_CORRUPT),
                Arguments.of("garbled-authsafe.p12", ErrorCode.P12_CORRUPT),
                // found by the fuzzer: the encrypted part's algorithm is a SET, which Bouncy Castle's lazy getter
                // answered with an IllegalArgumentException
                Arguments.of("encrypted-data-algorithm-is-a-set.p12", ErrorCode.P12_CORRUPT),
                Arguments.of("portal-error.html", ErrorCode.P12_NOT_PKCS12),
                Arguments.of("certificate.pem", ErrorCode.P12_NOT_PKCS12),
                Arguments.of("certificate.der", ErrorCode.P12_NOT_PKCS12),
                Arguments.of("empty.p12", ErrorCode.P12_NOT_PKCS12),
                Arguments.of("archive.zip", ErrorCode.P12_NOT_PKCS12),
                Arguments.of("certificates-only.p12", ErrorCode.P12_NO_PRIVATE_KEY),
                Arguments.of("two-keys.p12", ErrorCode.P12_SEVERAL_KEYS),
                Arguments.of("key-mismatch.p12", ErrorCode.P12_KEY_MISMATCH),
                Arguments.of("key-without-certificate.p12", ErrorCode.P12_KEY_MISMATCH),
                Arguments.of("unreadable-certificate.p12", ErrorCode.P12_CERTIFICATE_UNREADABLE),
                Arguments.of("unsupported-mac-md5.p12", ErrorCode.P12_UNSUPPORTED_ALGORITHM),
                Arguments.of("unsupported-pbes1-md5-des.p12", ErrorCode.P12_UNSUPPORTED_ALGORITHM),
                Arguments.of("unsupported-public-key-integrity.p12", ErrorCode.P12_UNSUPPORTED_ALGORITHM),
                Arguments.of("hostile-mac-iterations-zero.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-mac-iterations-negative.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-mac-iterations-5000000.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-mac-iterations-2pow64.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-key-pbkdf2-iterations-10000000.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-key-pbkdf2-iterations-zero.p12", ErrorCode.P12_HOSTILE_PARAMETERS),
                Arguments.of("hostile-certificates-pbe-iterations-2147483647.p12", ErrorCode.P12_HOSTILE_PARAMETERS));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachFileHasItsErrorCode(String name, ErrorCode expected) {
        Path file = CORPUS.resolve(name);
        assertTrue(Files.isRegularFile(file), "corpus file missing: " + file);
        Pkcs12Exception e = assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> assertThrows(Pkcs12Exception.class, () -> ENGINE.read(file, PASSWORD)));
        assertEquals(expected, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": [" + expected.code() + "] "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.remedy()), e.getMessage());
        assertFalse(e.getMessage().contains(CorpusGenerator.PASSWORD), "no password in messages");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void conversionWritesNothing(String name, ErrorCode expected) throws IOException {
        Path target = out.resolve("converted.p12");
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> ENGINE.convert(CORPUS.resolve(name), PASSWORD,
                target, "New-Password-123".toCharArray(), ExportOptions.of(ExportProfile.MODERN), TrustSettings.none(),
                Instant.now()));
        assertEquals(expected, e.code());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing written, not even a temporary file");
        }
    }

    @Test
    void wrongPasswordIsItsOwnError() {
        for (String name : List.of("valid-modern.p12", "valid-compat.p12")) {
            Pkcs12Exception e = assertThrows(Pkcs12Exception.class,
                    () -> ENGINE.read(CORPUS.resolve(name), "corpus-password-1".toCharArray()));
            assertEquals(ErrorCode.P12_WRONG_PASSWORD, e.code(), e.getMessage());
        }
    }

    @Test
    void validCorpusFilesRead() throws Exception {
        for (String name : List.of("valid-modern.p12", "valid-compat.p12")) {
            Pkcs12Contents contents = ENGINE.read(CORPUS.resolve(name), PASSWORD);
            assertEquals(2, contents.caCertificates().size());
            assertEquals("\u5c71\u7530 \u592a\u90ce", contents.friendlyName().orElseThrow());
        }
    }

    @Test
    void missingFileCannotBeOpened() {
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> ENGINE.read(CORPUS.resolve("nosuch.p12"), PASSWORD));
        assertEquals(ErrorCode.P12_CANNOT_OPEN, e.code());
    }

    @Test
    void htmlPageIsNamedAsSuch() {
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class,
                () -> ENGINE.read(CORPUS.resolve("portal-error.html"), PASSWORD));
        assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
    }
}

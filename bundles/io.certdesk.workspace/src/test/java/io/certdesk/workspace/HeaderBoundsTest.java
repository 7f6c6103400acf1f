package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workspace header's key-derivation parameters are bounded well below the heap and checked before any
 * derivation, and the header is authenticated: a tampered header gives an error code at once, never a hang.
 */
class HeaderBoundsTest {

    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;
    Path folder;
    Path header;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        portal = new FakePortal();
        fixture = new Fixture(new TestCertificates(), portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @BeforeEach
    void workspace() throws Exception {
        folder = dir.resolve("ws");
        fixture.create(folder, clock).close();
        header = folder.resolve("workspace.properties");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "memory 1 GiB (the old limit)|kdf.memoryKiB=65536|kdf.memoryKiB=1048576",
            "memory 512 MiB|kdf.memoryKiB=65536|kdf.memoryKiB=524288",
            "memory 4 GiB|kdf.memoryKiB=65536|kdf.memoryKiB=4194304",
            "memory overflowing int|kdf.memoryKiB=65536|kdf.memoryKiB=99999999999",
            "memory negative|kdf.memoryKiB=65536|kdf.memoryKiB=-1",
            "20 passes (the old limit)|kdf.iterations=3|kdf.iterations=20",
            "11 passes|kdf.iterations=3|kdf.iterations=11",
            "a million passes|kdf.iterations=3|kdf.iterations=1000000",
            "255 lanes|kdf.parallelism=4|kdf.parallelism=255",
            "no lanes|kdf.parallelism=4|kdf.parallelism=0",
            "memory not a number|kdf.memoryKiB=65536|kdf.memoryKiB=lots" })
    void outOfBoundsParametersAreRefusedBeforeAnyDerivation(String what, String from, String to) throws Exception {
        edit(from, to);
        WorkspaceException refused = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock)), what);
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, refused.code(), what + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("workspace.properties"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "8 bytes|16", "32 bytes|43", "64 bytes|86" })
    void aSaltOfAnotherLengthIsRefused(String what, int base64Length) throws Exception {
        String text = Files.readString(header, StandardCharsets.ISO_8859_1);
        String salt = text.lines().filter(l -> l.startsWith("kdf.salt=")).findFirst().orElseThrow();
        String other = java.util.Base64.getEncoder().encodeToString(new byte[(base64Length * 3) / 4]);
        edit(salt, "kdf.salt=" + other.replace("=", "\\="));
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock), what);
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, refused.code(), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fewer passes|kdf.iterations=3|kdf.iterations=2",
            "less memory|kdf.memoryKiB=65536|kdf.memoryKiB=19456",
            "more lanes|kdf.parallelism=4|kdf.parallelism=8",
            "another id|id=|id=0",
            "older format|format=2|format=1" })
    void aHeaderEditedWithinTheBoundsFailsTheKeyCheckAtOnce(String what, String from, String to) throws Exception {
        edit(from, to);
        WorkspaceException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock)), what);
        assertEquals(ErrorCode.STORE_WRONG_PASSPHRASE, refused.code(), what + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("header was edited"), refused.getMessage());
    }

    private void edit(String from, String to) throws Exception {
        String text = Files.readString(header, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), from + " in " + text);
        Files.writeString(header, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.ISO_8859_1);
    }
}

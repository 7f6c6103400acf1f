package io.certdesk.core.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.secrets.SecretReadException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReaderTest {

    @TempDir
    Path dir;

    private final SecretReader reader = new SecretReader(Map.of("PW", "from-env", "BLANK", ""), SecretReader.Prompt.none());

    @Test
    void aFileGivesItsFirstLineWithoutTheLineEnd() throws Exception {
        for (String content : List.of("pässwörd", "pässwörd\n", "pässwörd\r\nsecond line", "\uFEFFpässwörd\rx")) {
            Path file = Files.writeString(dir.resolve("pw"), content, StandardCharsets.UTF_8);
            try (Secret secret = reader.fromFile(file)) {
                assertTrue(secret.contentEquals("pässwörd".toCharArray()), content);
            }
        }
    }

    @Test
    void badFilesAreReportedByReasonWithoutTheirContent() throws Exception {
        assertEquals(Reason.FILE_MISSING, reason(dir.resolve("missing")));
        assertEquals(Reason.EMPTY, reason(Files.writeString(dir.resolve("empty"), "")));
        assertEquals(Reason.EMPTY, reason(Files.writeString(dir.resolve("blank-first"), "\nsecret")));
        Path latin1 = Files.write(dir.resolve("latin1"), "secr\u00e9t-value".getBytes(StandardCharsets.ISO_8859_1));
        SecretReadException notUtf8 = assertThrows(SecretReadException.class, () -> reader.fromFile(latin1));
        assertEquals(Reason.FILE_NOT_UTF8, notUtf8.reason());
        assertEquals(Optional.of(latin1), notUtf8.file());
        assertTrue(!notUtf8.getMessage().contains("secr"), notUtf8.getMessage().replace(latin1.toString(), ""));
        assertEquals(Reason.FILE_TOO_LARGE, reason(Files.write(dir.resolve("big"), new byte[SecretReader.MAX_FILE_BYTES + 1])));
        assertEquals(Reason.FILE_UNREADABLE, reason(dir));
    }

    @Test
    void theEnvironmentGivesTheValueWhenSetAndNotEmpty() {
        try (Secret secret = reader.fromEnvironment("PW").orElseThrow()) {
            assertTrue(secret.contentEquals("from-env".toCharArray()));
        }
        assertEquals(Optional.empty(), reader.fromEnvironment("BLANK"));
        assertEquals(Optional.empty(), reader.fromEnvironment("UNSET"));
    }

    @Test
    void theTerminalIsAskedOnceOrTwice() throws Exception {
        assertEquals(Optional.empty(), reader.fromTerminal("Password: "));
        assertEquals(Reason.NO_TERMINAL,
                assertThrows(SecretReadException.class, () -> reader.fromTerminalConfirmed("P: ", "Again: ")).reason());
        Deque<String> typed = new ArrayDeque<>(List.of("abc", "abc", "abc", "abd"));
        List<String> asked = new java.util.ArrayList<>();
        SecretReader terminal = new SecretReader(Map.of(), text -> {
            asked.add(text);
            return Optional.of(typed.pop().toCharArray());
        });
        try (Secret secret = terminal.fromTerminalConfirmed("P: ", "Again: ")) {
            assertTrue(secret.contentEquals("abc".toCharArray()));
        }
        assertEquals(Reason.MISMATCH,
                assertThrows(SecretReadException.class, () -> terminal.fromTerminalConfirmed("P: ", "Again: ")).reason());
        assertEquals(List.of("P: ", "Again: ", "P: ", "Again: "), asked);
    }

    private Reason reason(Path file) {
        return assertThrows(SecretReadException.class, () -> reader.fromFile(file)).reason();
    }
}

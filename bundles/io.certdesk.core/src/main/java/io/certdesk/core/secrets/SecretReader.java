package io.certdesk.core.secrets;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.certdesk.core.secrets.SecretReadException.Reason;

/**
 * Reads secrets from the places an administrator may keep them, never from command-line arguments:
 * <ul>
 * <li>a file: its first line without the line end, UTF-8 (a leading byte order mark is skipped), decoded straight
 * into a {@code char[]}; the file's bytes and the decoding buffer are wiped;</li>
 * <li>an environment variable (the value is a {@link String} the JVM already holds; only the copy handed out is
 * wiped);</li>
 * <li>the terminal, without echo.</li>
 * </ul>
 * The environment and the terminal are injected so commands can be tested.
 */
public final class SecretReader {

    /** Largest secret file read (a password file is one short line). */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    /** Asks on a terminal without echo; empty when there is none. */
    @FunctionalInterface
    public interface Prompt {
        Optional<char[]> ask(String prompt);

        /** The process's console ({@link Console#readPassword}). */
        static Prompt console() {
            return text -> {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", text)); //$NON-NLS-1$
            };
        }

        /** No terminal: every prompt is unanswered. */
        static Prompt none() {
            return text -> Optional.empty();
        }
    }

    private final Function<String, String> environment;
    private final Prompt prompt;

    public SecretReader(Map<String, String> environment, Prompt prompt) {
        Map<String, String> copy = Map.copyOf(Objects.requireNonNull(environment, "environment")); //$NON-NLS-1$
        this.environment = copy::get;
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
    }

    /** The process environment and the process's console. */
    public static SecretReader standard() {
        return new SecretReader(System.getenv(), Prompt.console());
    }

    /** The first line of {@code file}. */
    public Secret fromFile(Path file) throws SecretReadException {
        return firstLine(file);
    }

    /** The value of the environment variable; empty when it is not set or empty. */
    public Optional<Secret> fromEnvironment(String variable) {
        String value = environment.apply(Objects.requireNonNull(variable, "variable")); //$NON-NLS-1$
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Secret.wrap(value.toCharArray()));
    }

    /** Asks once on the terminal; empty when there is no terminal. */
    public Optional<Secret> fromTerminal(String question) {
        return prompt.ask(Objects.requireNonNull(question, "question")).map(Secret::wrap); //$NON-NLS-1$
    }

    /**
     * Asks twice on the terminal (for a new secret) and returns it when both entries match.
     *
     * @throws SecretReadException {@link Reason#NO_TERMINAL} without a terminal, {@link Reason#MISMATCH} when the
     *             entries differ
     */
    public Secret fromTerminalConfirmed(String question, String again) throws SecretReadException {
        Objects.requireNonNull(again, "again"); //$NON-NLS-1$
        Secret first = fromTerminal(question).orElseThrow(
                () -> new SecretReadException(Reason.NO_TERMINAL, null, "No terminal to ask for the secret", null)); //$NON-NLS-1$
        try (Secret second = fromTerminal(again).orElseGet(Secret::empty)) {
            if (!first.contentEquals(second)) {
                first.close();
                throw new SecretReadException(Reason.MISMATCH, null, "The two entries differ", null); //$NON-NLS-1$
            }
        }
        return first;
    }

    /** The first line of {@code file} as a secret (static form of {@link #fromFile(Path)}). */
    public static Secret firstLine(Path file) throws SecretReadException {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        byte[] bytes = readBytes(file);
        char[] decoded = new char[bytes.length];
        try {
            CharBuffer out = CharBuffer.wrap(decoded);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
            if (!result.isUnderflow() || !decoder.flush(out).isUnderflow()) {
                throw new SecretReadException(Reason.FILE_NOT_UTF8, file, file + ": not UTF-8 text", null); //$NON-NLS-1$
            }
            int length = out.position();
            int start = length > 0 && decoded[0] == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < length && decoded[end] != '\n' && decoded[end] != '\r') {
                end++;
            }
            if (end == start) {
                throw new SecretReadException(Reason.EMPTY, file, file + ": the first line is empty", null); //$NON-NLS-1$
            }
            return Secret.wrap(Arrays.copyOfRange(decoded, start, end));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(decoded, '\0');
        }
    }

    private static byte[] readBytes(Path file) throws SecretReadException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SecretReadException(Reason.FILE_TOO_LARGE, file,
                        file + ": larger than " + MAX_FILE_BYTES + " bytes", null); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SecretReadException(Reason.FILE_MISSING, file, file + ": no such file", e); //$NON-NLS-1$
        } catch (AccessDeniedException e) {
            throw new SecretReadException(Reason.FILE_UNREADABLE, file, file + ": access denied", e); //$NON-NLS-1$
        } catch (SecretReadException e) {
            throw e;
        } catch (IOException e) {
            throw new SecretReadException(Reason.FILE_UNREADABLE, file,
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}

package io.certdesk.workspace;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Where the workspace passphrase comes from, in this order: a passphrase file (its first line, UTF-8), the
 * environment variable {@value #ENVIRONMENT_VARIABLE}, or the terminal (no echo). The result is a {@code char[]}
 * the caller wipes.
 */
public final class Passphrase {

    /** The environment variable read when no passphrase file is given. */
    public static final String ENVIRONMENT_VARIABLE = "CERTDESK_PASSPHRASE"; //$NON-NLS-1$
    /** Shortest accepted passphrase for a new workspace. */
    public static final int MIN_LENGTH = 10;

    /** Asks on a terminal without echo; empty when there is none. */
    @FunctionalInterface
    public interface Prompt {
        Optional<char[]> ask(String prompt);

        /** The process's console. */
        static Prompt console() {
            return text -> {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", text)); //$NON-NLS-1$
            };
        }

        /** No terminal. */
        static Prompt none() {
            return text -> Optional.empty();
        }
    }

    private final Optional<Path> file;
    private final Function<String, String> environment;
    private final Prompt prompt;

    public Passphrase(Optional<Path> file, Map<String, String> environment, Prompt prompt) {
        this.file = Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Map<String, String> env = Map.copyOf(Objects.requireNonNull(environment, "environment")); //$NON-NLS-1$
        this.environment = env::get;
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
    }

    /** The usual sources: the file if given, the process environment, the console. */
    public static Passphrase standard(Path file) {
        return new Passphrase(Optional.ofNullable(file), System.getenv(), Prompt.console());
    }

    /** The passphrase of an existing workspace. */
    public char[] read() throws WorkspaceException {
        return read(false);
    }

    /** The passphrase for a new workspace: typed twice on a terminal, at least {@value #MIN_LENGTH} characters. */
    public char[] readNew() throws WorkspaceException {
        char[] passphrase = read(true);
        if (passphrase.length < MIN_LENGTH) {
            Arrays.fill(passphrase, '\0');
            throw new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE,
                    NLS.bind(Messages.passphraseTooShort, Integer.valueOf(MIN_LENGTH)));
        }
        return passphrase;
    }

    private char[] read(boolean twice) throws WorkspaceException {
        if (file.isPresent()) {
            return firstLine(file.get());
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = prompt.ask(Messages.passphrasePrompt).orElseThrow(
                () -> new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passphraseNoSource));
        if (twice) {
            char[] again = prompt.ask(Messages.passphrasePromptAgain).orElse(new char[0]);
            try {
                if (!Arrays.equals(typed, again)) {
                    Arrays.fill(typed, '\0');
                    throw new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passphrasesDiffer);
                }
            } finally {
                Arrays.fill(again, '\0');
            }
        }
        return typed;
    }

    private static char[] firstLine(Path path) throws WorkspaceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.passphraseFileUnreadable, path), e);
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            if (end == start) {
                throw new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, NLS.bind(Messages.passphraseFileEmpty, path));
            }
            char[] passphrase = new char[end - start];
            chars.position(start);
            chars.get(passphrase);
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.passphraseFileNotUtf8, path), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}

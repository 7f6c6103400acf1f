package io.certdesk.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReadException;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.workspace.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Where the workspace passphrase comes from, in this order: a passphrase file (its first line, UTF-8), the
 * environment variable {@value #ENVIRONMENT_VARIABLE}, or the terminal (no echo), all read by the core
 * {@link SecretReader}. The result is a {@code char[]} the caller wipes.
 */
public final class Passphrase {

    /** The environment variable read when no passphrase file is given. */
    public static final String ENVIRONMENT_VARIABLE = "CERTDESK_PASSPHRASE"; //$NON-NLS-1$
    /** Shortest accepted passphrase for a new workspace. */
    public static final int MIN_LENGTH = 10;

    private final Optional<Path> file;
    private final SecretReader reader;

    public Passphrase(Optional<Path> file, Map<String, String> environment, SecretReader.Prompt prompt) {
        this.file = Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        this.reader = new SecretReader(Objects.requireNonNull(environment, "environment"), //$NON-NLS-1$
                Objects.requireNonNull(prompt, "prompt")); //$NON-NLS-1$
    }

    /** The usual sources: the file if given, the process environment, the console. */
    public static Passphrase standard(Path file) {
        return new Passphrase(Optional.ofNullable(file), System.getenv(), SecretReader.Prompt.console());
    }

    /** The passphrase of an existing workspace. */
    public char[] read() throws WorkspaceException {
        try (Secret secret = read(false)) {
            return secret.copy();
        }
    }

    /** The passphrase for a new workspace: typed twice on a terminal, at least {@value #MIN_LENGTH} characters. */
    public char[] readNew() throws WorkspaceException {
        try (Secret secret = read(true)) {
            if (secret.length() < MIN_LENGTH) {
                throw new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE,
                        NLS.bind(Messages.passphraseTooShort, Integer.valueOf(MIN_LENGTH)));
            }
            return secret.copy();
        }
    }

    private Secret read(boolean twice) throws WorkspaceException {
        try {
            if (file.isPresent()) {
                return reader.fromFile(file.get());
            }
            Optional<Secret> fromEnvironment = reader.fromEnvironment(ENVIRONMENT_VARIABLE);
            if (fromEnvironment.isPresent()) {
                return fromEnvironment.get();
            }
            if (twice) {
                return reader.fromTerminalConfirmed(Messages.passphrasePrompt, Messages.passphrasePromptAgain);
            }
            return reader.fromTerminal(Messages.passphrasePrompt).orElseThrow(
                    () -> new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passphraseNoSource));
        } catch (SecretReadException e) {
            throw failure(e);
        }
    }

    private static WorkspaceException failure(SecretReadException e) {
        String file = e.file().map(Path::toString).orElse(""); //$NON-NLS-1$
        return switch (e.reason()) {
            case EMPTY -> new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, NLS.bind(Messages.passphraseFileEmpty, file), e);
            case FILE_NOT_UTF8 -> new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.passphraseFileNotUtf8, file), e);
            case NO_TERMINAL -> new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passphraseNoSource, e);
            case MISMATCH -> new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passphrasesDiffer, e);
            default -> new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.passphraseFileUnreadable, file), e);
        };
    }
}

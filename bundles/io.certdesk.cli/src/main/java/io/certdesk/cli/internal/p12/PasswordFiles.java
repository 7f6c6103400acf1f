package io.certdesk.cli.internal.p12;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReadException;
import io.certdesk.core.secrets.SecretReader;

/**
 * Reads a password file through the core {@link SecretReader} (first line, UTF-8, wiped buffers) and words its
 * failures for the p12 commands. Passwords never come from arguments.
 */
final class PasswordFiles {

    private PasswordFiles() {
    }

    /** The password in {@code file}; the caller wipes it. */
    static char[] firstLine(Path file) {
        try (Secret secret = SecretReader.firstLine(file)) {
            return secret.copy();
        } catch (SecretReadException e) {
            String message = switch (e.reason()) {
                case FILE_MISSING -> Messages.passwordFileMissing;
                case FILE_NOT_UTF8 -> Messages.passwordFileNotUtf8;
                case EMPTY -> Messages.passwordFileEmpty;
                default -> Messages.passwordFileUnreadable;
            };
            throw new IllegalArgumentException(NLS.bind(message, file), e);
        }
    }
}

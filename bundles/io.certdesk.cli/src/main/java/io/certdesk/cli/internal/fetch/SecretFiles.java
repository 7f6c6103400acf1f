package io.certdesk.cli.internal.fetch;

import java.nio.file.Path;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReadException;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.portal.client.PortalClientException;

/**
 * Reads a password from a file through the core {@link SecretReader} (UTF-8, first line, wiped buffers), so it never
 * appears on the command line, in the process list or in a String; failures name the file and the option.
 */
final class SecretFiles {

    private SecretFiles() {
    }

    static char[] read(Path file, String option) throws PortalClientException {
        try (Secret secret = SecretReader.firstLine(file)) {
            return secret.copy();
        } catch (SecretReadException e) {
            String why = switch (e.reason()) {
                case EMPTY -> "the file is empty."; //$NON-NLS-1$
                case FILE_NOT_UTF8 -> "the file is not UTF-8 text."; //$NON-NLS-1$
                default -> "the file cannot be read (" + e.reason() + ")."; //$NON-NLS-1$ //$NON-NLS-2$
            };
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID, file + " (" + option + "): " + why, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}

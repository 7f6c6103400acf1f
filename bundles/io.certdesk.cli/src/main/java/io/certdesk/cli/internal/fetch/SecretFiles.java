package io.certdesk.cli.internal.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.PortalClientException;

/**
 * Reads a password from a file (UTF-8, first line, trailing line break removed) into a char array, so it
 * never appears on the command line, in the process list or in a String.
 */
final class SecretFiles {

    private SecretFiles() {
    }

    static char[] read(Path file, String option) throws PortalClientException {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int start = chars.length() > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < chars.length() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] secret = new char[end - start];
            chars.position(start);
            chars.get(secret);
            Arrays.fill(chars.array(), '\0');
            if (secret.length == 0) {
                throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID, file + " (" + option + "): the file is empty."); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return secret;
        } catch (CharacterCodingException e) {
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID,
                    file + " (" + option + "): the file is not UTF-8 text.", e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID,
                    file + " (" + option + "): the file cannot be read (" + e.getClass().getSimpleName() + ").", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}

package io.certdesk.cli.internal.p12;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

/**
 * Reads a password file: the password is the first line (without its line break), decoded as UTF-8 into a
 * {@code char[]}; the bytes and intermediate buffers are wiped. Passwords never come from arguments.
 */
final class PasswordFiles {

    private PasswordFiles() {
    }

    static char[] firstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.passwordFileMissing, file), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.passwordFileUnreadable, file), e);
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
                throw new IllegalArgumentException(NLS.bind(Messages.passwordFileEmpty, file));
            }
            char[] password = new char[end - start];
            chars.position(start);
            chars.get(password);
            return password;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.passwordFileNotUtf8, file), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}

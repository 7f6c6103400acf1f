package io.certdesk.portal.client.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name of a {@code Content-Disposition} header, reduced to a safe base name. */
public final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*(?i:UTF-8)''([^;]+)"); //$NON-NLS-1$
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)"); //$NON-NLS-1$

    private ContentDisposition() {
    }

    public static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = null;
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                name = URLDecoder.decode(extended.group(1).strip(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                name = null;
            }
        }
        if (name == null) {
            Matcher plain = PLAIN.matcher(header);
            if (plain.find()) {
                name = plain.group(2) != null ? plain.group(2) : plain.group(1).strip();
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..") || base.chars().anyMatch(c -> c < 0x20) || TerminalText.hasControls(base)) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
        return Optional.of(base);
    }
}

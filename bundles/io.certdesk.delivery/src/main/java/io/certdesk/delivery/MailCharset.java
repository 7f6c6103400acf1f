package io.certdesk.delivery;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset of subjects, names and bodies. {@link #ISO_2022_JP} is used for each text it can encode;
 * a text with characters outside JIS X 0208 (for example some names or emoji) falls back to UTF-8.
 */
public enum MailCharset {
    UTF_8(StandardCharsets.UTF_8),
    ISO_2022_JP(Charset.forName("ISO-2022-JP")); //$NON-NLS-1$

    private final Charset charset;

    MailCharset(Charset charset) {
        this.charset = charset;
    }

    /** The Java charset. */
    public Charset charset() {
        return charset;
    }

    /** The MIME name, e.g. {@code UTF-8} or {@code ISO-2022-JP}. */
    public String mimeName() {
        return charset.name();
    }

    /** This charset when it can encode the text, UTF-8 otherwise. */
    public MailCharset forText(String text) {
        if (this == UTF_8 || charset.newEncoder().canEncode(text)) {
            return this;
        }
        return UTF_8;
    }
}

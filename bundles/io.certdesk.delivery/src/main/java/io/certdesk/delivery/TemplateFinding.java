package io.certdesk.delivery;

/**
 * A problem in a mail template, found before anything is rendered or sent.
 *
 * @param template the template file, e.g. {@code file-mail.ja.txt}
 * @param line the 1-based line, or 0 for the whole file
 * @param message what is wrong, in the user's language
 */
public record TemplateFinding(String template, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? template + ":" + line + ": " + message : template + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

package io.certdesk.delivery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.TemplateFinding;
import org.eclipse.osgi.util.NLS;

/**
 * The mail templates of one language: the file mail, the password mail, the import steps and the notes on
 * how the password comes. Each is {@code <name>.<lang>.txt}, UTF-8; a mail template starts with a
 * {@code Subject:} line and a blank line. Files in the template folder replace the built-in ones.
 */
public final class MailTemplates {

    /** A mail template: subject and body. */
    public record Mail(String file, TemplateText subject, TemplateText body) {
    }

    private final Locale locale;
    private final Mail fileMail;
    private final Mail passwordMail;
    private final TemplateText windowsSteps;
    private final TemplateText macSteps;
    private final Map<DeliveryChannel, TemplateText> passwordNotes;
    private final List<TemplateFinding> findings;

    private MailTemplates(Locale locale, Mail fileMail, Mail passwordMail, TemplateText windowsSteps,
            TemplateText macSteps, Map<DeliveryChannel, TemplateText> passwordNotes, List<TemplateFinding> findings) {
        this.locale = locale;
        this.fileMail = fileMail;
        this.passwordMail = passwordMail;
        this.windowsSteps = windowsSteps;
        this.macSteps = macSteps;
        this.passwordNotes = passwordNotes;
        this.findings = findings;
    }

    /** Loads the templates of the language ({@code ja} or {@code en}), preferring files in the folder. */
    public static MailTemplates load(Locale locale, Optional<Path> folder) throws DeliveryException {
        String lang = "ja".equals(locale.getLanguage()) ? "ja" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<TemplateFinding> findings = new ArrayList<>();
        Mail fileMail = mail("file-mail." + lang + ".txt", folder, Placeholders.FILE_MAIL, findings); //$NON-NLS-1$ //$NON-NLS-2$
        Mail passwordMail = mail("password-mail." + lang + ".txt", folder, Placeholders.PASSWORD_MAIL, findings); //$NON-NLS-1$ //$NON-NLS-2$
        TemplateText windows = text("steps-windows." + lang + ".txt", folder, Placeholders.COMMON, findings); //$NON-NLS-1$ //$NON-NLS-2$
        TemplateText mac = text("steps-macos." + lang + ".txt", folder, Placeholders.COMMON, findings); //$NON-NLS-1$ //$NON-NLS-2$
        Map<DeliveryChannel, TemplateText> notes = Map.of(
                DeliveryChannel.MAIL, text("password-note-mail." + lang + ".txt", folder, Placeholders.COMMON, findings), //$NON-NLS-1$ //$NON-NLS-2$
                DeliveryChannel.HANDOUT, text("password-note-handout." + lang + ".txt", folder, Placeholders.COMMON, findings), //$NON-NLS-1$ //$NON-NLS-2$
                DeliveryChannel.MANUAL, text("password-note-manual." + lang + ".txt", folder, Placeholders.COMMON, findings)); //$NON-NLS-1$ //$NON-NLS-2$
        return new MailTemplates("ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH, fileMail, passwordMail, //$NON-NLS-1$
                windows, mac, notes, List.copyOf(findings));
    }

    /** The built-in default of a template file, for editing ("copy the defaults to a folder"). */
    public static String defaultText(String file) throws DeliveryException {
        try (InputStream in = MailTemplates.class.getResourceAsStream("templates/" + file)) { //$NON-NLS-1$
            if (in == null) {
                throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, file, Messages.templateMissing);
            }
            return decode(file, in.readAllBytes());
        } catch (IOException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, file, e.getMessage(), e);
        }
    }

    /** The names of every template file of a language. */
    public static List<String> fileNames(String lang) {
        return List.of("file-mail." + lang + ".txt", "password-mail." + lang + ".txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "steps-windows." + lang + ".txt", "steps-macos." + lang + ".txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "password-note-mail." + lang + ".txt", "password-note-handout." + lang + ".txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "password-note-manual." + lang + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Problems found while loading: unknown placeholders, unclosed braces, missing subject. */
    public List<TemplateFinding> findings() {
        return findings;
    }

    /** Throws when there are findings (nothing is rendered from a broken template). */
    public void requireValid() throws DeliveryException {
        if (!findings.isEmpty()) {
            throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, findings.get(0).template(),
                    String.join("; ", findings.stream().map(TemplateFinding::toString).toList())); //$NON-NLS-1$
        }
    }

    public Locale locale() {
        return locale;
    }

    public Mail fileMail() {
        return fileMail;
    }

    public Mail passwordMail() {
        return passwordMail;
    }

    public TemplateText windowsSteps() {
        return windowsSteps;
    }

    public TemplateText macSteps() {
        return macSteps;
    }

    public TemplateText passwordNote(DeliveryChannel channel) {
        return passwordNotes.get(channel);
    }

    private static Mail mail(String file, Optional<Path> folder, Set<String> known, List<TemplateFinding> findings)
            throws DeliveryException {
        String text = read(file, folder);
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1); //$NON-NLS-1$
        int bodyOffset = 1;
        if (!first.regionMatches(true, 0, "Subject:", 0, 8)) { //$NON-NLS-1$
            findings.add(new TemplateFinding(file, 1, Messages.templateNoSubject));
            first = "Subject: "; //$NON-NLS-1$
            body = text;
            bodyOffset = 0;
        } else if (body.startsWith("\n")) { //$NON-NLS-1$
            body = body.substring(1);
            bodyOffset = 2;
        }
        TemplateText subject = TemplateText.parse(first.substring(8).strip());
        TemplateText bodyText = TemplateText.parse(body);
        check(file, subject, 0, known, findings);
        check(file, bodyText, bodyOffset, known, findings);
        return new Mail(file, subject, bodyText);
    }

    private static TemplateText text(String file, Optional<Path> folder, Set<String> known,
            List<TemplateFinding> findings) throws DeliveryException {
        TemplateText text = TemplateText.parse(read(file, folder).stripTrailing());
        check(file, text, 0, known, findings);
        return text;
    }

    private static void check(String file, TemplateText text, int lineOffset, Set<String> known,
            List<TemplateFinding> findings) {
        text.unknown(known).forEach((name, line) -> findings.add(new TemplateFinding(file, line + lineOffset,
                Placeholders.PASSWORD.equals(name) ? Messages.templatePasswordNotAllowed
                        : NLS.bind(Messages.templateUnknownPlaceholder, "{{" + name + "}}", String.join(", ", known.stream().sorted().toList()))))); //$NON-NLS-1$
        for (int line : text.unclosedLines()) {
            findings.add(new TemplateFinding(file, line + lineOffset, Messages.templateUnclosed));
        }
    }

    /** The text of a template file: the folder's, else the default. */
    public static String text(String file, Optional<Path> folder) throws DeliveryException {
        return read(file, folder);
    }

    private static String read(String file, Optional<Path> folder) throws DeliveryException {
        if (folder.isPresent()) {
            Path candidate = folder.get().resolve(file);
            if (Files.isRegularFile(candidate)) {
                try {
                    return decode(file, Files.readAllBytes(candidate));
                } catch (IOException e) {
                    throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, candidate.toString(),
                            e.getMessage(), e);
                }
            }
        }
        return defaultText(file);
    }

    private static String decode(String file, byte[] bytes) throws DeliveryException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (CharacterCodingException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, file, Messages.templateNotUtf8, e);
        }
    }
}

package io.certdesk.delivery.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.SafeFileNames;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliverySettings;
import org.eclipse.osgi.util.NLS;

/**
 * Fills the templates for one entry. The file mail is rendered without the password: the renderer is never
 * given it, and the file-mail template cannot name it.
 */
public final class MailRenderer {

    private final MailTemplates templates;
    private final DeliverySettings settings;
    private final TemplateText fileNameTemplate;

    public MailRenderer(MailTemplates templates, DeliverySettings settings) throws DeliveryException {
        this.templates = Objects.requireNonNull(templates, "templates"); //$NON-NLS-1$
        this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        this.fileNameTemplate = settings.fileNameTemplate().map(TemplateText::parse).orElse(null);
        if (fileNameTemplate != null) {
            var unknown = fileNameTemplate.unknown(Placeholders.FILE_NAME_TEMPLATE);
            if (!unknown.isEmpty() || !fileNameTemplate.unclosedLines().isEmpty()) {
                throw new DeliveryException(ErrorCode.DELIVERY_TEMPLATE_INVALID, settings.fileNameTemplate().get(),
                        unknown.isEmpty() ? Messages.templateUnclosed
                                : NLS.bind(Messages.templateUnknownPlaceholder, "{{" + unknown.keySet().iterator().next() + "}}",
                                        String.join(", ", Placeholders.FILE_NAME_TEMPLATE.stream().sorted().toList()))); //$NON-NLS-1$
            }
        }
    }

    /** The attachment's name: the file-name template when set, else the item's; always checked. */
    public String attachmentName(DeliveryItem item) throws DeliveryException {
        String name = item.fileName();
        if (fileNameTemplate != null) {
            Map<String, String> values = new HashMap<>();
            values.put(Placeholders.NAME, item.name());
            values.put(Placeholders.DEPARTMENT, item.department());
            values.put(Placeholders.CERTIFICATE_NUMBER, item.certificateNumber());
            values.put(Placeholders.ENTRY_ID, item.key());
            name = fileNameTemplate.render(values).strip();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".p12") && !name.toLowerCase(Locale.ROOT).endsWith(".pfx")) { //$NON-NLS-1$ //$NON-NLS-2$
                name = name + ".p12"; //$NON-NLS-1$
            }
        }
        HeaderGuard.requireSafeFileName(name, Messages.fieldFileName, item.label());
        // what the user saves on Windows: no device name, forbidden character, trailing dot or space, bounded length
        return SafeFileNames.of(name, item.key() + ".p12"); //$NON-NLS-1$
    }

    /** The file mail: facts, import steps and how the password comes; never the password. */
    public RenderedMail renderFileMail(DeliveryItem item) throws DeliveryException {
        String attachment = attachmentName(item);
        Map<String, String> values = common(item, attachment);
        values.put(Placeholders.WINDOWS_STEPS, templates.windowsSteps().render(values));
        values.put(Placeholders.MAC_STEPS, templates.macSteps().render(values));
        values.put(Placeholders.PASSWORD_CHANNEL, templates.passwordNote(item.passwordChannel()).render(values));
        return render(templates.fileMail(), values, item, attachment);
    }

    /** The password mail; {@code password} is used for this rendering only. */
    public RenderedMail renderPasswordMail(DeliveryItem item, char[] password) throws DeliveryException {
        String attachment = attachmentName(item);
        Map<String, String> values = common(item, attachment);
        values.put(Placeholders.PASSWORD, new String(password));
        return render(templates.passwordMail(), values, item, ""); //$NON-NLS-1$
    }

    private RenderedMail render(MailTemplates.Mail mail, Map<String, String> values, DeliveryItem item,
            String attachment) throws DeliveryException {
        String subject = mail.subject().render(values).strip();
        HeaderGuard.requireSafe(subject, Messages.fieldSubject, item.label());
        String body = mail.body().render(values);
        return new RenderedMail(subject, body, attachment);
    }

    private Map<String, String> common(DeliveryItem item, String attachment) throws DeliveryException {
        String label = item.label();
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.NAME, HeaderGuard.requireSafe(item.name(), Messages.fieldName, label));
        values.put(Placeholders.DEPARTMENT, HeaderGuard.requireSafe(item.department(), Messages.fieldDepartment, label));
        values.put(Placeholders.CERTIFICATE_NUMBER,
                HeaderGuard.requireSafe(item.certificateNumber(), Messages.fieldCertificateNumber, label));
        values.put(Placeholders.FILE_NAME, attachment);
        values.put(Placeholders.EXPIRY,
                item.expiry().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(templates.locale())));
        values.put(Placeholders.ISSUER, HeaderGuard.requireSafe(item.issuer(), Messages.fieldIssuer, label));
        values.put(Placeholders.ADMIN_CONTACT, settings.adminContact());
        return values;
    }
}

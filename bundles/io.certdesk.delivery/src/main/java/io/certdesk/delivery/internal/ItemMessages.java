package io.certdesk.delivery.internal;

import java.time.Clock;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.secrets.Secret;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliverySettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.osgi.util.NLS;

/**
 * The two messages of an entry: the file mail (rendered without the password, with the PKCS#12 attached) and
 * the password mail (the password fetched for this message only and cleared right after rendering).
 */
final class ItemMessages {

    private static final long MAX_ATTACHMENT = 10L * 1024 * 1024;

    private final DeliverySettings settings;
    private final MailRenderer renderer;
    private final Clock clock;
    private final InternetAddress from;

    ItemMessages(DeliverySettings settings, MailRenderer renderer, Clock clock, InternetAddress from) {
        this.settings = settings;
        this.renderer = renderer;
        this.clock = clock;
        this.from = from;
    }

    MimeMessage build(DeliveryItem item, DeliveryPart part, InternetAddress recipient, String id, Session session)
            throws DeliveryException {
        MessageBuilder builder = new MessageBuilder(settings, session);
        InternetAddress to = Addresses.withName(recipient, part == DeliveryPart.FILE ? item.name() : "", //$NON-NLS-1$
                settings.charset());
        try {
            if (part == DeliveryPart.FILE) {
                RenderedMail mail = renderer.renderFileMail(item);
                return builder.build(id, from, to, mail, requireAttachment(item), clock.instant());
            }
            try (Secret password = item.password().secret()) {
                RenderedMail mail = password.apply(chars -> renderer.renderPasswordMail(item, chars));
                return builder.build(id, from, to, mail, null, clock.instant());
            }
        } catch (MessagingException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_UNSAFE_FIELD, item.label(), e.getMessage(), e);
        }
    }

    /**
     * The PKCS#12 bytes from the item's source (a workspace's integrity-checked vault read): non-empty, at most
     * 10 MB; any failure is {@code DELIVERY_ATTACHMENT_UNREADABLE} for this item, naming the reason.
     */
    byte[] requireAttachment(DeliveryItem item) throws DeliveryException {
        byte[] data;
        try {
            data = item.attachment().read();
        } catch (DeliveryException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_ATTACHMENT_UNREADABLE, item.label(),
                    "[" + e.code().code() + "] " + e.detail().orElse(e.code().message()), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (data == null || data.length == 0 || data.length > MAX_ATTACHMENT) {
            throw new DeliveryException(ErrorCode.DELIVERY_ATTACHMENT_UNREADABLE, item.label(),
                    NLS.bind(Messages.attachmentSize, Integer.valueOf(data == null ? 0 : data.length)));
        }
        return data;
    }
}

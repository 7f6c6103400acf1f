package io.certdesk.delivery.internal;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Builds the MIME messages: subject B-encoded in the chosen charset (ISO-2022-JP falls back to UTF-8 for a text
 * it cannot encode), body text/plain, the PKCS#12 as {@code application/x-pkcs12} with its name encoded per
 * RFC 2231 ({@code filename*=UTF-8''...}), and a Message-ID fixed in advance.
 */
public final class MessageBuilder {

    private static final String PKCS12_TYPE = "application/x-pkcs12"; //$NON-NLS-1$

    private final DeliverySettings settings;
    private final Session session;

    public MessageBuilder(DeliverySettings settings, Session session) {
        this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
    }

    /**
     * A session for building and writing messages only (dry run, preview, tests). One per process: a new
     * {@link Session} reads the providers and address maps anew through the service loader, which cost a dry run
     * more than writing its mails.
     */
    public static Session offlineSession() {
        return OfflineSession.SESSION;
    }

    private static final class OfflineSession {
        static final Session SESSION = Session.getInstance(new Properties());
    }

    /**
     * A message with the rendered text, to one recipient, with the PKCS#12 bytes attached when {@code attachment}
     * is not null.
     */
    public MimeMessage build(String messageId, InternetAddress from, InternetAddress to, RenderedMail mail,
            byte[] attachment, Instant date) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, messageId);
        MailCharset charset = settings.charset();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        if (!settings.replyTo().isEmpty()) {
            message.setReplyTo(new InternetAddress[] { new InternetAddress(settings.replyTo()) });
        }
        message.setHeader("Subject", encodeSubject(mail.subject(), charset)); //$NON-NLS-1$
        message.setSentDate(Date.from(date));
        message.setHeader("X-Mailer", "CertDesk"); //$NON-NLS-1$ //$NON-NLS-2$
        String bodyCharset = charset.forText(mail.body()).mimeName();
        if (attachment == null) {
            message.setText(mail.body(), bodyCharset);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), bodyCharset);
            MimeMultipart multipart = new MimeMultipart("mixed"); //$NON-NLS-1$
            multipart.addBodyPart(text);
            multipart.addBodyPart(attachmentPart(attachment, mail.attachmentName()));
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }

    /** The subject as an RFC 2047 B-encoded word sequence in the charset (or UTF-8 when it cannot encode it). */
    static String encodeSubject(String subject, MailCharset charset) {
        try {
            String mime = charset.forText(subject).mimeName();
            return MimeUtility.fold(9, MimeUtility.encodeText(subject, mime, "B")); //$NON-NLS-1$
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeBodyPart attachmentPart(byte[] data, String fileName) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(data, PKCS12_TYPE)));
        ParameterList typeParameters = new ParameterList();
        typeParameters.set("name", fileName, "UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$
        ContentType type = new ContentType("application", "x-pkcs12", typeParameters); //$NON-NLS-1$ //$NON-NLS-2$
        part.setHeader("Content-Type", type.toString()); //$NON-NLS-1$
        ParameterList dispositionParameters = new ParameterList();
        dispositionParameters.set("filename", fileName, "UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$
        ContentDisposition disposition = new ContentDisposition("attachment", dispositionParameters); //$NON-NLS-1$
        part.setHeader("Content-Disposition", disposition.toString()); //$NON-NLS-1$
        part.setHeader("Content-Transfer-Encoding", "base64"); //$NON-NLS-1$ //$NON-NLS-2$
        return part;
    }
}

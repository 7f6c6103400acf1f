package io.certdesk.delivery;

/**
 * A mail rendered as text for the administrator to read before sending; nothing is sent.
 *
 * @param part file or password mail
 * @param from the From address
 * @param to the recipient
 * @param subject the subject
 * @param body the body; in a password mail preview the password is masked
 * @param attachmentName the attachment's file name (file mail), or empty
 * @param charset the MIME charset the subject and body will use (after fallback)
 */
public record MailPreview(DeliveryPart part, String from, String to, String subject, String body,
        String attachmentName, String charset) {
}

package io.certdesk.delivery.internal;

/** A mail's subject and body after rendering, and the attachment's name for a file mail. */
public record RenderedMail(String subject, String body, String attachmentName) {
}

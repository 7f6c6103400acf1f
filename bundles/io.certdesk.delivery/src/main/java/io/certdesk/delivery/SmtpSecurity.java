package io.certdesk.delivery;

/** How the connection to the SMTP server is protected. There is no silent downgrade to clear text. */
public enum SmtpSecurity {
    /** TLS from the first byte (implicit TLS, usually port 465). */
    SMTPS,
    /** Plain connection upgraded by STARTTLS, which is required: a server without it fails the batch (usually 587). */
    STARTTLS_REQUIRED,
    /** Clear text, allowed only to a loopback address (the demo's local mail sink). */
    NONE_LOOPBACK_ONLY
}

package io.certdesk.delivery;

/**
 * How one part of a delivery (the certificate file or its password) reaches the user. The file goes by
 * {@link #MAIL} or {@link #MANUAL}; the password by {@link #MAIL} (to another mailbox), {@link #HANDOUT}
 * (a printed page) or {@link #MANUAL} (the administrator hands it over and records it).
 */
public enum DeliveryChannel {
    /** A mail: the file as an attachment to the user, or the password to the password recipient. */
    MAIL,
    /** The password printed on the user's page of the handout PDF (passwords only). */
    HANDOUT,
    /** The administrator hands it over in person and records that in the ledger. */
    MANUAL
}

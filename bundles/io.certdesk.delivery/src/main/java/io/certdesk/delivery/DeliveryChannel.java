package io.certdesk.delivery;

import java.util.Locale;
import java.util.Optional;

import io.certdesk.delivery.internal.Messages;

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
    MANUAL;

    /** How settings files, the workspace and the audit log spell it: {@code mail}, {@code handout}, {@code manual}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel with this {@linkplain #id() id} (any case, surrounding blanks ignored). */
    public static Optional<DeliveryChannel> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        for (DeliveryChannel channel : values()) {
            if (channel.id().equalsIgnoreCase(wanted)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** The word administrators read, in the default locale's language (Japanese or English). */
    public String displayName() {
        return switch (this) {
            case MAIL -> Messages.channelMail;
            case HANDOUT -> Messages.channelHandout;
            case MANUAL -> Messages.channelManual;
        };
    }
}

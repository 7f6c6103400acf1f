package io.certdesk.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited delivery step.
 *
 * @param time when it happened
 * @param entryId the entry
 * @param part file or password
 * @param channel mail, handout or manual
 * @param outcome what happened
 * @param recipient the mail address, or empty
 * @param messageId the Message-ID, or empty
 * @param errorCode the catalogue number of a failure, or 0
 * @param detail the server's answer or a reason (never a password)
 */
public record DeliveryEvent(Instant time, long entryId, DeliveryPart part, DeliveryChannel channel,
        DeliveryOutcome outcome, String recipient, String messageId, int errorCode, String detail) {

    public DeliveryEvent {
        Objects.requireNonNull(time, "time"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
        recipient = recipient == null ? "" : recipient; //$NON-NLS-1$
        messageId = messageId == null ? "" : messageId; //$NON-NLS-1$
        detail = detail == null ? "" : detail; //$NON-NLS-1$
    }
}

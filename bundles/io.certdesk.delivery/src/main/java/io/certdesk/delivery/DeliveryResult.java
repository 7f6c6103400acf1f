package io.certdesk.delivery;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * What happened to one part of one entry.
 *
 * @param entryId the entry
 * @param label how messages name the entry (its row)
 * @param part file or password
 * @param channel how it goes
 * @param outcome what happened
 * @param recipient the mail address, or empty
 * @param messageId the Message-ID, or empty
 * @param error the catalogue code of a failure, or null
 * @param detail the server answer or the reason (never a password)
 */
public record DeliveryResult(long entryId, String label, DeliveryPart part, DeliveryChannel channel,
        DeliveryOutcome outcome, String recipient, String messageId, ErrorCode error, String detail) {

    public DeliveryResult {
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
        label = label == null ? DeliveryItem.key(entryId) : label;
        recipient = recipient == null ? "" : recipient; //$NON-NLS-1$
        messageId = messageId == null ? "" : messageId; //$NON-NLS-1$
        detail = detail == null ? "" : detail; //$NON-NLS-1$
    }

    /** The failure's code, if any. */
    public Optional<ErrorCode> errorCode() {
        return Optional.ofNullable(error);
    }
}

package io.certdesk.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * What happened to one part of one entry: the one delivery-outcome record. The batch report lists them, the
 * listener receives each as it is settled and the audit log records each ({@link DeliveryAudit}); hand-overs and
 * confirmations are results too.
 *
 * @param time when it happened
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
public record DeliveryResult(Instant time, long entryId, String label, DeliveryPart part, DeliveryChannel channel,
        DeliveryOutcome outcome, String recipient, String messageId, ErrorCode error, String detail) {

    public DeliveryResult {
        Objects.requireNonNull(time, "time"); //$NON-NLS-1$
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

    /** The failure's catalogue number, or 0. */
    public int errorNumber() {
        return error == null ? 0 : error.code();
    }
}

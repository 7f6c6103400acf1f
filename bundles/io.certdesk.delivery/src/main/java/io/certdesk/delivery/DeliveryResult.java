package io.certdesk.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * Where one part of one entry stands: the one delivery record. A ledger row is one (its message, attempts and
 * times), a batch settles each part with one (the report lists them, the listener receives each as it is settled,
 * the audit log records each through {@link DeliveryAudit}); hand-overs and confirmations are results too.
 *
 * @param time when it happened (for a ledger row: when its state last changed)
 * @param entryId the entry
 * @param label how messages name the entry (its row); {@link DeliveryItem#key(long)} when unknown
 * @param part file or password
 * @param channel how it goes
 * @param state where it stands
 * @param recipient the mail address, or empty for handout and manual
 * @param messageId the Message-ID (with angle brackets), a {@code <handout...>}/{@code <manual...>} id, or empty
 * @param error the catalogue code of a failure, or null
 * @param detail the server answer or the reason (never a password)
 * @param attempts how many times the message was handed to the server (0 when nothing was sent)
 * @param created when the ledger recorded the intent (equal to {@code time} for results that are not ledger rows)
 */
public record DeliveryResult(Instant time, long entryId, String label, DeliveryPart part, DeliveryChannel channel,
        DeliveryState state, String recipient, String messageId, ErrorCode error, String detail, int attempts,
        Instant created) {

    public DeliveryResult {
        Objects.requireNonNull(time, "time"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        label = label == null ? DeliveryItem.key(entryId) : label;
        recipient = recipient == null ? "" : recipient; //$NON-NLS-1$
        messageId = messageId == null ? "" : messageId; //$NON-NLS-1$
        detail = detail == null ? "" : detail; //$NON-NLS-1$
        created = created == null ? time : created;
    }

    /** A result that is not a ledger row: no attempts counted, created when it happened. */
    public DeliveryResult(Instant time, long entryId, String label, DeliveryPart part, DeliveryChannel channel,
            DeliveryState state, String recipient, String messageId, ErrorCode error, String detail) {
        this(time, entryId, label, part, channel, state, recipient, messageId, error, detail, 0, time);
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

package io.certdesk.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the delivery ledger: one message (or hand-over) of one part of one entry.
 *
 * @param messageId the Message-ID (with angle brackets), or a {@code <handout...>}/{@code <manual...>} id
 * @param entryId the workspace entry id
 * @param part file or password
 * @param channel how it went
 * @param recipient the mail address, or empty for handout and manual
 * @param state where it stands
 * @param errorCode the catalogue number of the last failure, or 0
 * @param detail the server's answer or a note (never a password)
 * @param attempts how many times it was handed to the server
 * @param created when the intent was recorded
 * @param updated when the state last changed
 */
public record LedgerRecord(String messageId, long entryId, DeliveryPart part, DeliveryChannel channel,
        String recipient, SendState state, int errorCode, String detail, int attempts, Instant created,
        Instant updated) {

    public LedgerRecord {
        Objects.requireNonNull(messageId, "messageId"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        recipient = recipient == null ? "" : recipient; //$NON-NLS-1$
        detail = detail == null ? "" : detail; //$NON-NLS-1$
    }
}

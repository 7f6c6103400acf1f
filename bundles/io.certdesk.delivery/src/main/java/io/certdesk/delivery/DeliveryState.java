package io.certdesk.delivery;

import java.util.EnumSet;
import java.util.Set;

import io.certdesk.delivery.internal.Messages;

/**
 * The one vocabulary of delivery: where one part (file or password) of one entry stands. The ledger keeps the
 * {@linkplain #recorded() recorded} states ({@link #INTENT} to {@link #RESEND}) per message; a batch settles each
 * part with one of all the states, the ledger's or one that only describes what the batch did with it
 * ({@link #WRITTEN}, {@link #ALREADY_DELIVERED}, {@link #NEEDS_CONFIRMATION}, {@link #HELD},
 * {@link #HANDOUT_PENDING}, {@link #MANUAL_PENDING}, {@link #CANCELLED}). {@link #displayName()} gives the word
 * administrators read (Japanese or English, after the default locale).
 */
public enum DeliveryState {
    /** Recorded before sending; no answer yet. After a crash such records become {@link #UNKNOWN}. */
    INTENT,
    /** The server accepted the message (250 after DATA). */
    ACCEPTED,
    /** The password was handed over outside mail: handout page printed or manual hand-over recorded. */
    HANDED_OVER,
    /** The server answered 4xx on every attempt of a batch: not accepted, sent again by the next batch. */
    DEFERRED,
    /** Refused for good (5xx, invalid data, unreadable file...): sent again by the next batch after a fix. */
    FAILED,
    /** Sending started but the outcome is unknown (connection lost): never resent until the administrator confirms. */
    UNKNOWN,
    /** The administrator confirmed that an unknown send was delivered. */
    CONFIRMED,
    /** The administrator confirmed that an unknown send did not arrive: the next batch sends it again. */
    RESEND,
    /** Dry run: the message was written to the outbox instead of being sent. */
    WRITTEN,
    /** Already delivered by an earlier batch: not sent again. */
    ALREADY_DELIVERED,
    /** An earlier send's outcome is unknown: held until the administrator confirms it. */
    NEEDS_CONFIRMATION,
    /** The password mail waits because its file mail was not accepted. */
    HELD,
    /** The password goes on the handout: print it with {@code certdesk handout}. */
    HANDOUT_PENDING,
    /** The administrator hands it over in person and records it. */
    MANUAL_PENDING,
    /** Not done because the batch was cancelled. */
    CANCELLED;

    private static final Set<DeliveryState> RECORDED = EnumSet.range(INTENT, RESEND);
    private static final Set<DeliveryState> DELIVERED = EnumSet.of(ACCEPTED, HANDED_OVER, CONFIRMED);
    private static final Set<DeliveryState> SENDABLE = EnumSet.of(DEFERRED, FAILED, RESEND);
    private static final Set<DeliveryState> PROBLEMS = EnumSet.of(FAILED, DEFERRED, UNKNOWN, NEEDS_CONFIRMATION,
            CANCELLED, HELD);

    /** Whether the ledger keeps this state for a message (the others only describe a batch's handling of a part). */
    public boolean recorded() {
        return RECORDED.contains(this);
    }

    /** Whether the part counts as delivered. */
    public boolean delivered() {
        return DELIVERED.contains(this);
    }

    /** Whether a new batch may send the part (again). */
    public boolean sendable() {
        return SENDABLE.contains(this);
    }

    /** Whether the administrator must act: failed, deferred, unknown, held or cancelled (exit code 1 for commands). */
    public boolean problem() {
        return PROBLEMS.contains(this);
    }

    /** The word administrators read, in the default locale's language (Japanese or English). */
    public String displayName() {
        return switch (this) {
            case INTENT -> Messages.stateIntent;
            case ACCEPTED -> Messages.stateAccepted;
            case HANDED_OVER -> Messages.stateHandedOver;
            case DEFERRED -> Messages.stateDeferred;
            case FAILED -> Messages.stateFailed;
            case UNKNOWN -> Messages.stateUnknown;
            case CONFIRMED -> Messages.stateConfirmed;
            case RESEND -> Messages.stateResend;
            case WRITTEN -> Messages.stateWritten;
            case ALREADY_DELIVERED -> Messages.stateAlreadyDelivered;
            case NEEDS_CONFIRMATION -> Messages.stateNeedsConfirmation;
            case HELD -> Messages.stateHeld;
            case HANDOUT_PENDING -> Messages.stateHandoutPending;
            case MANUAL_PENDING -> Messages.stateManualPending;
            case CANCELLED -> Messages.stateCancelled;
        };
    }
}

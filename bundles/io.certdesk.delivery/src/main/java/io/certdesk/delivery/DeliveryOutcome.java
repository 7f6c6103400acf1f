package io.certdesk.delivery;

/** What happened to one part of one entry in a batch. */
public enum DeliveryOutcome {
    /** The server accepted the message. */
    SENT,
    /** Dry run: the message was written to the outbox instead. */
    WRITTEN,
    /** Already delivered by an earlier batch: not sent again. */
    ALREADY_DELIVERED,
    /** An earlier send's outcome is unknown: held until the administrator confirms. */
    NEEDS_CONFIRMATION,
    /** The send started but its outcome is unknown now (connection lost): not resent. */
    UNKNOWN,
    /** A 4xx answer on every attempt: sent again by the next batch. */
    DEFERRED,
    /** Refused (5xx, invalid data, unreadable file...). */
    FAILED,
    /** The password mail waits because its file mail was not accepted. */
    HELD,
    /** The password goes on the handout: print it with certdesk handout. */
    HANDOUT_PENDING,
    /** The administrator hands it over and records it. */
    MANUAL_PENDING,
    /** A password was handed over (handout printed or manual hand-over recorded). */
    HANDED_OVER,
    /** Not done because the batch was cancelled. */
    CANCELLED,
    /** The administrator confirmed an unknown send (delivered or to be resent). */
    CONFIRMED
}

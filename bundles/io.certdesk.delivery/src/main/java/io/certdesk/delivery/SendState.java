package io.certdesk.delivery;

/** Where one message (or one handed-over password) stands in the delivery ledger. */
public enum SendState {
    /** Recorded before sending; no answer yet. After a crash such records become {@link #UNKNOWN}. */
    INTENT,
    /** The server accepted the message (250 after DATA), or the handout/manual hand-over was recorded. */
    ACCEPTED,
    /** The server answered 4xx on every attempt of a batch: not accepted, sent again by the next batch. */
    DEFERRED,
    /** Refused for good (5xx or a check before sending): sent again by the next batch after a fix. */
    FAILED,
    /** Sending started but the outcome is unknown: never resent until the administrator confirms. */
    UNKNOWN,
    /** The administrator confirmed that an unknown send was delivered. */
    CONFIRMED,
    /** The administrator confirmed that an unknown send did not arrive: the next batch sends it again. */
    RESEND;

    /** Whether the part counts as delivered. */
    public boolean delivered() {
        return this == ACCEPTED || this == CONFIRMED;
    }

    /** Whether a new batch may send the part (again). */
    public boolean sendable() {
        return this == DEFERRED || this == FAILED || this == RESEND;
    }
}

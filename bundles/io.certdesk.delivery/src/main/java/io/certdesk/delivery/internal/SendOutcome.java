package io.certdesk.delivery.internal;

/** The server's verdict on one message. */
public record SendOutcome(Kind kind, int replyCode, String reply) {

    /** What the answer means for the ledger. */
    public enum Kind {
        /** 250 after DATA: delivered to the server. */
        ACCEPTED,
        /** 4xx: not accepted, try again later. */
        TRANSIENT,
        /** 5xx: refused for good. */
        PERMANENT,
        /** The connection broke: the server may or may not have the message. */
        UNKNOWN
    }
}

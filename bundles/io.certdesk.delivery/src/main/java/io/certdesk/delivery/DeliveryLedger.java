package io.certdesk.delivery;

import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * The durable record of what went where, written <em>before</em> each send so that nothing is ever sent
 * twice: a message is first recorded as {@link DeliveryState#INTENT} with its Message-ID, then marked with the
 * server's answer. An intent left without an answer (the program stopped, the connection broke during
 * DATA) becomes {@link DeliveryState#UNKNOWN} and is only sent again after the administrator
 * {@linkplain #confirm confirms} it did not arrive.
 * <p>
 * Every method either completes durably or throws {@link DeliveryException} with
 * {@link ErrorCode#DELIVERY_LEDGER_FAILED}; the engine sends nothing it could not record.
 */
public interface DeliveryLedger {

    /** Records that a message is about to be handed to the server. */
    void recordIntent(String messageId, long entryId, DeliveryPart part, DeliveryChannel channel, String recipient)
            throws DeliveryException;

    /** The server accepted the message; {@code detail} is its answer. */
    void markAccepted(String messageId, String detail) throws DeliveryException;

    /** A 4xx answer: not accepted; the same message may be tried again. */
    void markDeferred(String messageId, ErrorCode code, String detail) throws DeliveryException;

    /** Refused for good (5xx, or a check failed after the intent was recorded). */
    void markFailed(String messageId, ErrorCode code, String detail) throws DeliveryException;

    /** The outcome is unknown (connection lost after the message data began). */
    void markUnknown(String messageId, String detail) throws DeliveryException;

    /** Records a password handed over outside mail (handout page printed, or manual hand-over). */
    void recordHandover(long entryId, DeliveryChannel channel, String note) throws DeliveryException;

    /**
     * Turns every {@link DeliveryState#INTENT} left by an earlier run into {@link DeliveryState#UNKNOWN}. Called at the
     * start of a batch, when no other batch can be running on the same workspace.
     *
     * @return how many intents were found
     */
    int recoverInterrupted() throws DeliveryException;

    /** The newest record of a part of an entry. */
    Optional<DeliveryResult> latest(long entryId, DeliveryPart part) throws DeliveryException;

    /** The record of a Message-ID. */
    Optional<DeliveryResult> find(String messageId) throws DeliveryException;

    /** Every record whose outcome is unknown, oldest first: the list the administrator confirms. */
    List<DeliveryResult> listUnknown() throws DeliveryException;

    /** Every record, oldest first. */
    List<DeliveryResult> all() throws DeliveryException;

    /**
     * The administrator's answer for an unknown send.
     *
     * @param delivered true: it arrived ({@link DeliveryState#CONFIRMED}); false: send it again ({@link DeliveryState#RESEND})
     * @throws DeliveryException when the Message-ID is not an unknown send
     */
    void confirm(String messageId, boolean delivered, String note) throws DeliveryException;
}

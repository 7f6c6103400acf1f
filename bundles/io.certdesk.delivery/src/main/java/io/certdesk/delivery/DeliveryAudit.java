package io.certdesk.delivery;

/**
 * Receives one event for every send, success or failure, every hand-over and every confirmation; the
 * workspace's audit log implements it. Events never hold a password.
 */
@FunctionalInterface
public interface DeliveryAudit {

    /** Records the event; must not throw for ordinary problems (log them instead). */
    void record(DeliveryResult event);

    /** An audit that drops everything (tests, previews). */
    static DeliveryAudit none() {
        return event -> {
            // nothing
        };
    }
}

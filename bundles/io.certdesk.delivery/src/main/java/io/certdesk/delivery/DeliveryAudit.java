package io.certdesk.delivery;

import java.util.List;

/**
 * Receives one event for every send, success or failure, every hand-over and every confirmation; the
 * workspace's audit log implements it. Events never hold a password.
 */
@FunctionalInterface
public interface DeliveryAudit {

    /** Records the event; must not throw for ordinary problems (log them instead). */
    void record(DeliveryResult event);

    /**
     * Records the events in this order; an audit that can (the workspace's) records them with one durable write
     * instead of one each.
     */
    default void recordAll(List<DeliveryResult> events) {
        for (DeliveryResult event : events) {
            record(event);
        }
    }

    /** An audit that drops everything (tests, previews). */
    static DeliveryAudit none() {
        return event -> {
            // nothing
        };
    }
}

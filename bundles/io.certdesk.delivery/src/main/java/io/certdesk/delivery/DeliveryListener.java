package io.certdesk.delivery;

/** Follows a batch: one call per part of each entry as it is settled, and warnings. */
public interface DeliveryListener {

    /** The batch starts with this many parts to settle. */
    default void started(int parts) {
    }

    /** One part was settled ({@code done} of {@code total}). */
    void settled(DeliveryResult result, int done, int total);

    /** Something the administrator should know (e.g. file and password to the same mailbox, allowed). */
    default void warning(String label, String message) {
    }

    /** A listener that ignores everything. */
    static DeliveryListener none() {
        return (result, done, total) -> {
            // nothing
        };
    }
}

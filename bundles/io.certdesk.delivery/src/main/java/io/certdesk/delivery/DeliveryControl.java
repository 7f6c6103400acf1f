package io.certdesk.delivery;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread (a Cancel button, Ctrl+C) stop a batch between two messages. */
public final class DeliveryControl {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the batch to stop before its next message; a message being sent is finished. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}

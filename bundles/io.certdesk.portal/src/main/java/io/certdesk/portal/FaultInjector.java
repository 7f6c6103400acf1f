package io.certdesk.portal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Which faults the next download requests meet: queued one-shot faults first, then the standing fault
 * (if any). Thread-safe; shared by all request handlers of one portal.
 */
public final class FaultInjector {

    private final Deque<Fault> queued = new ArrayDeque<>();
    private Fault standing;

    /** Every download request meets this fault until {@link #clear()}. */
    public synchronized void always(Fault fault) {
        this.standing = Objects.requireNonNull(fault, "fault"); //$NON-NLS-1$
    }

    /** The next {@code count} download requests meet this fault (before any standing fault). */
    public synchronized void next(int count, Fault fault) {
        Objects.requireNonNull(fault, "fault"); //$NON-NLS-1$
        for (int i = 0; i < count; i++) {
            queued.addLast(fault);
        }
    }

    /** No more faults. */
    public synchronized void clear() {
        queued.clear();
        standing = null;
    }

    /** The fault for the request being handled now, if any. */
    public synchronized Optional<Fault> take() {
        Fault next = queued.pollFirst();
        return Optional.ofNullable(next != null ? next : standing);
    }
}

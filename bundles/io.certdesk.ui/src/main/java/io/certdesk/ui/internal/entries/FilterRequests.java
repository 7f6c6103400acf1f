package io.certdesk.ui.internal.entries;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Requests from outside the Entries part (a notification clicked) to show the entries of one quick filter; the
 * Entries part listens. UI thread only.
 */
public final class FilterRequests {

    private final List<Consumer<QuickFilter>> listeners = new CopyOnWriteArrayList<>();

    /** Asks the Entries part to show this filter's entries. */
    public void request(QuickFilter filter) {
        Objects.requireNonNull(filter, "filter"); //$NON-NLS-1$
        listeners.forEach(listener -> listener.accept(filter));
    }

    public void addListener(Consumer<QuickFilter> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
    }

    public void removeListener(Consumer<QuickFilter> listener) {
        listeners.remove(listener);
    }
}

package io.certdesk.ui.internal.activity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The entries selected in the Entries part, for the actions that work on a selection (run, retry, deliver), and
 * requests from elsewhere (a double-clicked failure in the Activity part) to select one. UI thread only.
 */
public final class EntrySelection {

    private Set<Long> selected = Set.of();
    private final List<Consumer<Long>> revealers = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The selected entry ids; empty: none selected (the actions then work on every entry). */
    public Set<Long> selected() {
        return selected;
    }

    public void selected(Set<Long> ids) {
        Set<Long> now = Set.copyOf(Objects.requireNonNull(ids, "ids")); //$NON-NLS-1$
        if (!now.equals(selected)) {
            selected = now;
            listeners.forEach(Runnable::run);
        }
    }

    /** Runs after every change of the selection. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Asks the Entries part to select and show an entry. */
    public void reveal(long entryId) {
        for (Consumer<Long> revealer : revealers) {
            revealer.accept(Long.valueOf(entryId));
        }
    }

    public void addRevealer(Consumer<Long> revealer) {
        revealers.add(revealer);
    }

    public void removeRevealer(Consumer<Long> revealer) {
        revealers.remove(revealer);
    }
}

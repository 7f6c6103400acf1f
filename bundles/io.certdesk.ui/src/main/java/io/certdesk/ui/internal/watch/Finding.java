package io.certdesk.ui.internal.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the watcher found: how many entries, how urgent ({@code level}: 1; for closing windows 2 under the
 * first warning time and 3 under the second) and the next deadline where there is one. Counts and times only: never a person.
 */
public record Finding(WatchKind kind, int count, int level, Optional<Instant> next) {

    public Finding {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(next, "next"); //$NON-NLS-1$
        if (count < 1 || level < 1) {
            throw new IllegalArgumentException("count and level start at 1"); //$NON-NLS-1$
        }
    }
}

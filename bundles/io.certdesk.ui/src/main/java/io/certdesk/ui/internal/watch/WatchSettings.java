package io.certdesk.ui.internal.watch;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.prefs.Preferences;

/**
 * The administrator's watching preferences (per user): how often to check (1 to 72 hours, default 24), when to warn
 * before a 24-hour window closes (default 2 hours, again at 1 hour) and which notifications to show.
 */
public record WatchSettings(Duration interval, Duration firstWarning, Duration secondWarning, Set<WatchKind> shown) {

    public static final String INTERVAL_HOURS = "watch.interval.hours"; //$NON-NLS-1$
    public static final String FIRST_WARNING_MINUTES = "watch.warning.first.minutes"; //$NON-NLS-1$
    public static final String SECOND_WARNING_MINUTES = "watch.warning.second.minutes"; //$NON-NLS-1$
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 72;

    public WatchSettings {
        Objects.requireNonNull(interval, "interval"); //$NON-NLS-1$
        Objects.requireNonNull(firstWarning, "firstWarning"); //$NON-NLS-1$
        Objects.requireNonNull(secondWarning, "secondWarning"); //$NON-NLS-1$
        if (interval.compareTo(Duration.ofHours(MIN_HOURS)) < 0 || interval.compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
            throw new IllegalArgumentException("the interval is 1 to 72 hours: " + interval); //$NON-NLS-1$
        }
        if (secondWarning.isNegative() || firstWarning.compareTo(secondWarning) < 0) {
            throw new IllegalArgumentException("the second warning comes after the first"); //$NON-NLS-1$
        }
        shown = shown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shown));
    }

    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofHours(24), Duration.ofHours(2), Duration.ofHours(1),
                EnumSet.allOf(WatchKind.class));
    }

    /** The settings stored in this preference node; a value out of range falls back to its default. */
    public static WatchSettings read(Preferences node) {
        WatchSettings defaults = defaults();
        int hours = node.getInt(INTERVAL_HOURS, 24);
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            hours = 24;
        }
        long first = node.getLong(FIRST_WARNING_MINUTES, defaults.firstWarning().toMinutes());
        long second = node.getLong(SECOND_WARNING_MINUTES, defaults.secondWarning().toMinutes());
        if (first < 0 || second < 0 || second > first || first > Duration.ofHours(24).toMinutes()) {
            first = defaults.firstWarning().toMinutes();
            second = defaults.secondWarning().toMinutes();
        }
        Set<WatchKind> shown = EnumSet.noneOf(WatchKind.class);
        for (WatchKind kind : WatchKind.values()) {
            if (node.getBoolean(kind.preferenceKey(), true)) {
                shown.add(kind);
            }
        }
        return new WatchSettings(Duration.ofHours(hours), Duration.ofMinutes(first), Duration.ofMinutes(second), shown);
    }
}

package io.certdesk.ui.internal.watch;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.certdesk.ui.internal.activity.JobEnd;
import org.osgi.service.prefs.Preferences;

/**
 * The administrator's watching preferences (per user): how often to check (1 to 72 hours, default 24), when to warn
 * before a 24-hour window closes (default 2 hours, again at 1 hour), which notifications to show, whether to tell
 * what is found at start-up (on by default; off: what is there when the workspace opens is told only once the
 * interval has passed or it got worse) and which ends of runs and deliveries to tell. Edited in File &gt; Preferences.
 */
public record WatchSettings(Duration interval, Duration firstWarning, Duration secondWarning, Set<WatchKind> shown,
        boolean atStartUp, Set<JobEnd.Outcome> endsShown) {

    public static final String INTERVAL_HOURS = "watch.interval.hours"; //$NON-NLS-1$
    public static final String FIRST_WARNING_MINUTES = "watch.warning.first.minutes"; //$NON-NLS-1$
    public static final String SECOND_WARNING_MINUTES = "watch.warning.second.minutes"; //$NON-NLS-1$
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 72;
    /** Tell what is found when the workspace opens (at start-up). */
    public static final String AT_START_UP = "watch.startup"; //$NON-NLS-1$
    /** The longest first warning: a 24-hour window. */
    public static final int MAX_WARNING_MINUTES = 24 * 60;

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
        endsShown = endsShown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(endsShown));
    }

    /** Telling at start-up and every end of a run or delivery. */
    public WatchSettings(Duration interval, Duration firstWarning, Duration secondWarning, Set<WatchKind> shown) {
        this(interval, firstWarning, secondWarning, shown, true, EnumSet.allOf(JobEnd.Outcome.class));
    }

    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofHours(24), Duration.ofHours(2), Duration.ofHours(1),
                EnumSet.allOf(WatchKind.class));
    }

    /** The preference key that turns the notification of runs and deliveries ending so on or off. */
    public static String preferenceKey(JobEnd.Outcome outcome) {
        return "watch.notify.job." + outcome.name().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }

    /** Stores these settings in {@code node} (the caller flushes). */
    public void write(Preferences node) {
        node.putInt(INTERVAL_HOURS, (int) interval.toHours());
        node.putLong(FIRST_WARNING_MINUTES, firstWarning.toMinutes());
        node.putLong(SECOND_WARNING_MINUTES, secondWarning.toMinutes());
        node.putBoolean(AT_START_UP, atStartUp);
        for (WatchKind kind : WatchKind.values()) {
            node.putBoolean(kind.preferenceKey(), shown.contains(kind));
        }
        for (JobEnd.Outcome outcome : JobEnd.Outcome.values()) {
            node.putBoolean(preferenceKey(outcome), endsShown.contains(outcome));
        }
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
        if (first < 0 || second < 0 || second > first || first > MAX_WARNING_MINUTES) {
            first = defaults.firstWarning().toMinutes();
            second = defaults.secondWarning().toMinutes();
        }
        Set<WatchKind> shown = EnumSet.noneOf(WatchKind.class);
        for (WatchKind kind : WatchKind.values()) {
            if (node.getBoolean(kind.preferenceKey(), true)) {
                shown.add(kind);
            }
        }
        Set<JobEnd.Outcome> ends = EnumSet.noneOf(JobEnd.Outcome.class);
        for (JobEnd.Outcome outcome : JobEnd.Outcome.values()) {
            if (node.getBoolean(preferenceKey(outcome), true)) {
                ends.add(outcome);
            }
        }
        return new WatchSettings(Duration.ofHours(hours), Duration.ofMinutes(first), Duration.ofMinutes(second), shown,
                node.getBoolean(AT_START_UP, true), ends);
    }
}

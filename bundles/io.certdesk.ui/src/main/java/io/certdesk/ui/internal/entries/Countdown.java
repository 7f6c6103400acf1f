package io.certdesk.ui.internal.entries;

import java.time.Duration;

import io.certdesk.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The time left before a 24-hour deadline, for people: "5 h 12 min left", "59 min left", "passed". */
public final class Countdown {

    /** Under this much time left a row is marked {@link Risk#UNDER_HOUR}. */
    public static final Duration LAST_HOUR = Duration.ofHours(1);

    private Countdown() {
    }

    /** Whole minutes, rounded down; zero or less: passed. */
    public static String text(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return Messages.countdownPassed;
        }
        long minutes = left.toMinutes();
        long hours = minutes / 60;
        if (hours == 0) {
            return NLS.bind(Messages.countdownMinutes, Long.toString(minutes));
        }
        return NLS.bind(Messages.countdownHours, Long.toString(hours), Long.toString(minutes % 60));
    }

    /** Whether less than an hour is left, and the deadline has not passed. */
    public static boolean lastHour(Duration left) {
        return !left.isNegative() && !left.isZero() && left.compareTo(LAST_HOUR) < 0;
    }
}

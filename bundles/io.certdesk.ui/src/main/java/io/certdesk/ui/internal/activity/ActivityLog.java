package io.certdesk.ui.internal.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.certdesk.core.errors.ErrorCode;

/**
 * What the window did, for the Activity part: one line per event (newest last) and the progress of the job running
 * now. Changed and read on the UI thread only; listeners run after every change.
 */
public final class ActivityLog {

    /** One line: when, what, the entry it is about (0: none), and the error code of a failure. */
    public record Line(Instant time, String text, long entryId, Optional<ErrorCode> error) {
        public Line {
            Objects.requireNonNull(time, "time"); //$NON-NLS-1$
            Objects.requireNonNull(text, "text"); //$NON-NLS-1$
            Objects.requireNonNull(error, "error"); //$NON-NLS-1$
        }

        public boolean failure() {
            return error.isPresent();
        }
    }

    /**
     * The job running now: its name, items settled and planned, failures so far, items per minute and the time
     * left (empty until a rate is known).
     */
    public record Progress(String task, int done, int total, int failed, double perMinute, Optional<Duration> left) {
    }

    private final Clock clock;
    private final List<Line> lines = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Optional<Progress> progress = Optional.empty();

    public ActivityLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    public void add(String text) {
        add(text, 0, Optional.empty());
    }

    public void add(String text, long entryId, Optional<ErrorCode> error) {
        lines.add(new Line(clock.instant(), text, entryId, error));
        fire();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public int size() {
        return lines.size();
    }

    public Line line(int index) {
        return lines.get(index);
    }

    public Optional<Progress> progress() {
        return progress;
    }

    public void progress(Optional<Progress> now) {
        progress = Objects.requireNonNull(now, "now"); //$NON-NLS-1$
        fire();
    }

    public Instant now() {
        return clock.instant();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}

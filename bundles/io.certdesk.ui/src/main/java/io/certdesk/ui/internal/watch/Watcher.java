package io.certdesk.ui.internal.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Watches the open workspace: whenever its status is read (on opening, after every run, and by its own background job
 * at the chosen interval and at the moment a 24-hour window crosses a warning time) it finds windows closing soon or
 * passed, renewals open or expired, sends with an unknown outcome and passwords still to go, and tells the
 * {@link Notifier} what the {@link NotificationPolicy} says is due. It also tells when a run or delivery ends.
 * UI thread, except the background job, which only asks the model to read the status again.
 */
public final class Watcher {

    private final WorkspaceModel model;
    private final Clock clock;
    private final Supplier<WatchSettings> settings;
    private final Notifier notifier;
    private final NotificationPolicy policy = new NotificationPolicy();
    private final Runnable listener = this::check;
    private final Consumer<JobEnd> ends;
    private final Job refresh;
    private Optional<Path> watched = Optional.empty();
    private Optional<WorkspaceJobs> jobs = Optional.empty();
    /** Not telling at start-up: the first status read is only recorded as told. */
    private boolean quiet;

    public Watcher(WorkspaceModel model, Clock clock, Supplier<WatchSettings> settings, Notifier notifier) {
        this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        this.notifier = Objects.requireNonNull(notifier, "notifier"); //$NON-NLS-1$
        this.ends = end -> {
            if (this.settings.get().endsShown().contains(end.outcome())) {
                notifier.jobEnded(end);
            }
        };
        this.refresh = Job.create(Messages.watchJob, monitor -> {
            model.refresh();
            return Status.OK_STATUS;
        });
        refresh.setSystem(true);
    }

    /** Starts watching: now, on every status the model reads, and when runs and deliveries of {@code work} end. */
    public void start(Optional<WorkspaceJobs> work) {
        model.addListener(listener);
        jobs = work;
        jobs.ifPresent(j -> j.addEndListener(ends));
        quiet = !settings.get().atStartUp();
        check();
    }

    public void stop() {
        model.removeListener(listener);
        jobs.ifPresent(j -> j.removeEndListener(ends));
        refresh.cancel();
    }

    /** Looks at the workspace's current status now; returns what it told (UI thread). */
    public List<Finding> check() {
        Optional<Path> folder = model.session().map(WorkspaceSession::folder);
        if (!folder.equals(watched)) {
            policy.reset();
            watched = folder;
        }
        Optional<WorkspaceStatus> status = model.status();
        if (status.isEmpty()) {
            refresh.cancel();
            return List.of();
        }
        Instant now = clock.instant();
        WatchSettings current = settings.get();
        List<Finding> found = policy.due(Findings.of(status.get(), now, current), now, current.interval());
        if (quiet) {
            quiet = false; // not at start-up: what is there now is told after the interval, or when it gets worse
            found = List.of();
        }
        List<Finding> due = found.stream().filter(finding -> current.shown().contains(finding.kind())).toList();
        due.forEach(notifier::finding);
        scheduleNext(status.get(), now, current);
        return due;
    }

    /**
     * The preferences changed: the next look follows the new interval and warning times at once (nothing is told
     * now). UI thread.
     */
    public void settingsChanged() {
        model.status().ifPresent(status -> scheduleNext(status, clock.instant(), settings.get()));
    }

    /** The next look: after the interval, or earlier when a window crosses a warning time or closes. */
    private void scheduleNext(WorkspaceStatus status, Instant now, WatchSettings current) {
        Duration wait = current.interval();
        Optional<Instant> change = Findings.nextChange(status, now, current);
        if (change.isPresent() && Duration.between(now, change.get()).compareTo(wait) < 0) {
            wait = Duration.between(now, change.get());
        }
        refresh.cancel();
        refresh.schedule(Math.max(1_000L, wait.toMillis()));
    }
}

package io.certdesk.ui.internal.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.RunSummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;

/**
 * Run, retry and deliver as Eclipse {@link Job}s on the open workspace: progress in the job's monitor (the status
 * line and the Activity part), cancel through the job service's {@link CancelToken} (the run stops after the step in
 * progress; what is done stays done), every event in the {@link ActivityLog}, the Entries table moved along with the
 * events, and the status read again at the end. One at a time, under the model's scheduling rule.
 */
public final class WorkspaceJobs {

    private final WorkspaceModel model;
    private final ActivityLog log;
    private final Executor ui;
    private volatile Job current;
    private final List<Consumer<JobEnd>> ends = new CopyOnWriteArrayList<>();

    public WorkspaceJobs(WorkspaceModel model, ActivityLog log, Executor ui) {
        this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
        this.log = Objects.requireNonNull(log, "log"); //$NON-NLS-1$
        this.ui = Objects.requireNonNull(ui, "ui"); //$NON-NLS-1$
    }

    /** Whether a run or delivery is going on. */
    public boolean running() {
        Job job = current;
        return job != null && job.getState() != Job.NONE;
    }

    /** The running job's name (empty when none runs). */
    public String name() {
        Job job = current;
        return job == null ? "" : job.getName(); //$NON-NLS-1$
    }

    /** Told on the UI thread when a run or delivery has ended (the watcher's notifications). */
    public void addEndListener(Consumer<JobEnd> listener) {
        ends.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
    }

    public void removeEndListener(Consumer<JobEnd> listener) {
        ends.remove(listener);
    }

    /** Asks the running job to stop after the step in progress. */
    public void cancel() {
        Job job = current;
        if (job != null) {
            job.cancel();
        }
    }

    /**
     * Download, verify and export the entries (empty: all) in a job; {@code retry} first moves failed entries back.
     * Portal profile and proxy are the workspace's configuration.
     */
    public Job run(Set<Long> entryIds, boolean retry) {
        RunOptions options = RunOptions.all().withEntries(entryIds);
        String name = retry ? Messages.jobRetry : Messages.jobRun;
        return start(new WorkJob(name) {
            @Override
            Runnable work(JobService jobs, WorkspaceSession session, JobListener listener, CancelToken token)
                    throws JobException {
                RunSummary summary = retry ? jobs.retryFailed(session, options, listener, token)
                        : jobs.run(session, options, listener, token);
                return () -> ranLine(summary);
            }
        });
    }

    /** Delivers file and/or password (or a dry run into the outbox) in a job. */
    public Job deliver(DeliverOptions options) {
        return start(new WorkJob(options.dryRun() ? Messages.jobDryRun : Messages.jobDeliver) {
            @Override
            Runnable work(JobService jobs, WorkspaceSession session, JobListener listener, CancelToken token)
                    throws JobException {
                DeliverySummary summary = jobs.deliver(session, options, listener, token);
                return () -> deliveredLine(summary, options.dryRun(), token.isCancelled());
            }
        });
    }

    /**
     * A shorter piece of work on the open workspace (hand-over records, copies, the workbook, the handout, the audit
     * log) as a job under the same rule: its start and its failure in the log, {@code done} on the UI thread with the
     * result, then the status read again.
     */
    public <T> Job task(String name, WorkspaceTask.Work<T> work, java.util.function.Consumer<T> done) {
        return start(new WorkspaceTask<>(name, model, log, ui, work, done, true));
    }

    /**
     * Reads something of the open workspace (the audit log) in a job under the same rule, quietly: no line in the log
     * unless it fails, the status not read again, a run in progress still the job that Cancel and Quit see.
     */
    public <T> Job read(String name, WorkspaceTask.Work<T> work, java.util.function.Consumer<T> done) {
        Job job = new WorkspaceTask<>(name, model, log, ui, work, done, false);
        job.setRule(model.rule());
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private Job start(Job job) {
        job.setRule(model.rule());
        job.setUser(true);
        current = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                ui.execute(() -> log.progress(log.progress())); // Cancel is possible now
            }

            @Override
            public void done(IJobChangeEvent event) {
                ui.execute(() -> log.progress(Optional.empty())); // the job is over: Cancel off
            }
        });
        log.add(NLS.bind(Messages.started, job.getName()));
        job.schedule();
        return job;
    }

    private void ranLine(RunSummary summary) {
        var counts = summary.counts();
        if (summary.storageFailure().isPresent()) {
            var failure = summary.storageFailure().get();
            log.add(NLS.bind(Messages.runStorage, Integer.toString(failure.code().code()), failure.getMessage()), 0,
                    Optional.of(failure.code()));
        } else if (summary.cancelled()) {
            log.add(NLS.bind(Messages.runCancelled, Integer.toString(counts.finished()),
                    Integer.toString(counts.skipped() + counts.total() - counts.done())));
        } else {
            log.add(NLS.bind(Messages.runFinished, new Object[] { Integer.toString(counts.finished()),
                    Integer.toString(counts.failed()), Integer.toString(counts.skipped()) }));
        }
    }

    private void deliveredLine(DeliverySummary summary, boolean dryRun, boolean cancelled) {
        summary.templateFindings().forEach(finding -> log.add(NLS.bind(Messages.templateProblem, finding), 0,
                Optional.empty()));
        String text = dryRun ? NLS.bind(Messages.dryRunFinished, summary.outbox())
                : NLS.bind(Messages.deliverFinished, Integer.toString(summary.settledEntries()));
        log.add(cancelled ? Messages.deliverCancelled + ' ' + text : text);
    }

    /** A job on the open session: events pumped to the UI thread in batches, cancel mapped to the token. */
    private abstract class WorkJob extends Job {

        private final CancelToken token = new CancelToken();
        private final Queue<JobEvent> events = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean pumping = new AtomicBoolean();
        private Instant started;

        WorkJob(String name) {
            super(name);
        }

        /** Does the work; returns what tells the log how it ended (run on the UI thread after the last events). */
        abstract Runnable work(JobService jobs, WorkspaceSession session, JobListener listener, CancelToken cancel)
                throws JobException;

        @Override
        protected void canceling() {
            token.cancel();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Optional<WorkspaceSession> session = model.session();
            if (session.isEmpty()) {
                return Status.CANCEL_STATUS;
            }
            started = Instant.now();
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            int[] reported = new int[] { 0, -1 };
            JobListener listener = event -> {
                if (monitor.isCanceled()) {
                    token.cancel();
                }
                if (event.total() > 0 && reported[1] != event.total()) {
                    monitor.beginTask(getName(), event.total());
                    reported[1] = event.total();
                }
                if (event.done() > reported[0]) {
                    monitor.worked(event.done() - reported[0]);
                    reported[0] = event.done();
                }
                if (!event.label().isEmpty()) {
                    monitor.subTask(event.label());
                }
                events.add(event);
                if (pumping.compareAndSet(false, true)) {
                    ui.execute(this::pump);
                }
            };
            Runnable ending;
            Optional<ErrorCode> error = Optional.empty();
            boolean broke = false;
            try {
                ending = work(model.jobs(), session.get(), listener, token);
            } catch (JobException e) {
                broke = true;
                error = Optional.of(e.code());
                ending = () -> log.add(NLS.bind(Messages.jobFailed, new Object[] { getName(),
                        Integer.toString(e.code().code()), e.getMessage() }), 0, Optional.of(e.code()));
            } catch (RuntimeException e) {
                broke = true;
                ending = () -> log.add(NLS.bind(Messages.jobFailed, new Object[] { getName(), "-", //$NON-NLS-1$
                        String.valueOf(e) }), 0, Optional.empty());
            }
            Runnable last = ending;
            Optional<ErrorCode> failure = error;
            boolean failed = broke;
            ui.execute(() -> {
                pump();
                int before = log.size();
                last.run();
                log.progress(Optional.empty());
                JobEnd.Outcome outcome = failed ? JobEnd.Outcome.FAILED
                        : token.isCancelled() ? JobEnd.Outcome.CANCELLED : JobEnd.Outcome.FINISHED;
                String counts = !failed && log.size() > before ? log.line(log.size() - 1).text() : ""; //$NON-NLS-1$
                JobEnd end = new JobEnd(getName(), outcome, counts, failure);
                ends.forEach(told -> told.accept(end));
            });
            model.refresh();
            monitor.done();
            return token.isCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        }

        /** UI thread: the events so far into the log, the table and the progress. */
        private void pump() {
            pumping.set(false);
            List<JobEvent> batch = new ArrayList<>();
            for (JobEvent event = events.poll(); event != null; event = events.poll()) {
                batch.add(event);
            }
            if (batch.isEmpty()) {
                return;
            }
            model.applyLive(batch);
            for (JobEvent event : batch) {
                Events.line(event).ifPresent(text -> log.add(text, event.entryId(), event.error()));
            }
            JobEvent last = batch.get(batch.size() - 1);
            double minutes = Math.max(1e-3, Duration.between(started, Instant.now()).toMillis() / 60_000.0);
            double rate = last.done() / minutes;
            Optional<Duration> left = last.done() == 0 || last.total() == 0 ? Optional.empty()
                    : Optional.of(Duration.ofSeconds(Math.round((last.total() - last.done()) / rate * 60)));
            int failed = last.kind() == JobEvent.Kind.DELIVERY_SETTLED ? 0 : last.counts().failed();
            log.progress(Optional.of(new ActivityLog.Progress(getName(), last.done(), last.total(), failed, rate,
                    left)));
        }
    }
}

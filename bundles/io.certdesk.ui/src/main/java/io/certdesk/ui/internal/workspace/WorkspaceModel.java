package io.certdesk.ui.internal.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.roster.ImportOptions;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * The workspace open in the window, as the parts see it: the {@link WorkspaceSession} and the latest
 * {@link WorkspaceStatus} from the {@link JobService}. Lives in the application's e4 context. Service calls run in
 * Eclipse {@link Job}s (one at a time per model); the results reach the parts on the UI thread through
 * {@code ui}, where listeners are told.
 */
public final class WorkspaceModel {

    private static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final JobService jobs;
    private final Executor ui;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkspaceSession session;
    /** What closes the open workspace: the session, or the demo that owns it (stops its portal and mail sink). */
    private volatile AutoCloseable owner;
    private volatile DemoSetup demo;
    private volatile WorkspaceStatus status;
    private volatile String problem;

    public WorkspaceModel(JobService jobs, Executor ui) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.ui = Objects.requireNonNull(ui, "ui"); //$NON-NLS-1$
    }

    public Optional<WorkspaceSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<WorkspaceStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The running demo, when the open workspace is the demo's. */
    public Optional<DemoSetup> demo() {
        return Optional.ofNullable(demo);
    }

    /** The job service the model works with (for the parts' own jobs on the open session). */
    public JobService jobs() {
        return jobs;
    }

    /** The last failure of an open or refresh, for people; empty after a success. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Listeners run on the UI thread after every change. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Opens a workspace in a job, closing the one open before. The passphrase is copied and the copy wiped after use;
     * the caller wipes its own array.
     */
    public Job open(Path folder, char[] passphrase) {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        char[] copy = passphrase.clone();
        return schedule(NLS.bind(Messages.jobOpen, folder), () -> {
            try {
                closeOpen();
                WorkspaceSession opened = jobs.open(folder, copy);
                publish(opened, opened, null, jobs.status(opened));
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, folder.toString());
    }

    /**
     * Creates a workspace in a job ({@link JobService#create}) and keeps it open, closing the one open before. The
     * passphrase is copied and the copy wiped after use; the caller wipes its own array.
     */
    public Job create(Path folder, char[] passphrase, WorkspaceSettings settings) {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        char[] copy = passphrase.clone();
        return schedule(NLS.bind(Messages.jobCreate, folder), () -> {
            try {
                closeOpen();
                WorkspaceSession created = jobs.create(folder, copy, settings);
                publish(created, created, null, jobs.status(created));
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, folder.toString());
    }

    /**
     * Starts the demo in a job ({@link DemoService#start}: reference portal, mail sink, workspace, roster), imports its
     * roster and keeps the demo workspace open; closing the workspace stops the demo's servers.
     */
    public Job startDemo(DemoService demos, int users, Path folder, Locale locale) {
        Objects.requireNonNull(demos, "demos"); //$NON-NLS-1$
        return schedule(NLS.bind(Messages.jobDemo, folder), () -> {
            closeOpen();
            DemoSetup setup = demos.start(users, folder, locale);
            try {
                jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
                publish(setup.session(), setup, setup, jobs.status(setup.session()));
            } catch (JobException | RuntimeException e) {
                closeQuietly(setup);
                throw e;
            }
        }, folder.toString());
    }

    /**
     * Imports a roster into the open workspace in a job ({@link JobService#importRoster}), reads the status again and
     * hands the summary to {@code done} on the UI thread.
     */
    public Job importRoster(Path roster, ImportOptions options, Consumer<ImportSummary> done) {
        WorkspaceSession current = session;
        String where = current == null ? "" : current.folder().toString(); //$NON-NLS-1$
        return schedule(NLS.bind(Messages.jobImport, roster.getFileName()), () -> {
            WorkspaceSession now = session;
            if (now == null) {
                return;
            }
            ImportSummary summary = jobs.importRoster(now, roster, options);
            WorkspaceStatus latest = jobs.status(now);
            ui.execute(() -> {
                if (session == now) {
                    status = latest;
                    problem = null;
                    fire();
                }
                done.accept(summary);
            });
        }, where);
    }

    /** The scheduling rule of every job on the open workspace (one operation at a time per session). */
    public ISchedulingRule rule() {
        return RULE;
    }

    /** Moves the shown entries along with a run's events (UI thread), until the next status read. */
    public void applyLive(List<io.certdesk.jobs.JobEvent> events) {
        WorkspaceStatus now = status;
        if (now != null && !events.isEmpty()) {
            WorkspaceStatus moved = io.certdesk.ui.internal.activity.LiveStatus.apply(now, events);
            if (moved != now) {
                status = moved;
                fire();
            }
        }
    }

    /** Reads the status of the open workspace again, in a job. */
    public Job refresh() {
        WorkspaceSession current = session;
        String where = current == null ? "" : current.folder().toString(); //$NON-NLS-1$
        return schedule(NLS.bind(Messages.jobRefresh, where), () -> {
            WorkspaceSession now = session;
            if (now != null) {
                WorkspaceStatus latest = jobs.status(now);
                ui.execute(() -> {
                    if (session == now) {
                        status = latest;
                        problem = null;
                        fire();
                    }
                });
            }
        }, where);
    }

    /** Closes the open workspace (on the calling thread: at shutdown), releasing its lock; a demo stops its servers. */
    public void close() {
        closeOpen();
    }

    /** Closes the open workspace in a job (File > Close workspace) and tells the listeners. */
    public Job closeWorkspace() {
        WorkspaceSession current = session;
        String where = current == null ? "" : current.folder().toString(); //$NON-NLS-1$
        return schedule(NLS.bind(Messages.jobClose, where), () -> {
            closeOpen();
            ui.execute(() -> {
                problem = null;
                fire();
            });
        }, where);
    }

    private void closeOpen() {
        AutoCloseable current = owner;
        session = null;
        status = null;
        demo = null;
        owner = null;
        closeQuietly(current);
    }

    private interface Work {
        void run() throws JobException;
    }

    private Job schedule(String name, Work work, String where) {
        Job job = Job.create(name, (IProgressMonitor monitor) -> {
            try {
                work.run();
            } catch (JobException e) {
                String text = NLS.bind(Messages.workspaceProblem,
                        new Object[] { where, Integer.toString(e.code().code()), e.getMessage() });
                problem = text;
                ui.execute(this::fire);
            }
            return Status.OK_STATUS;
        });
        job.setRule(RULE);
        job.schedule();
        return job;
    }

    private void publish(WorkspaceSession opened, AutoCloseable closer, DemoSetup setup, WorkspaceStatus latest) {
        session = opened;
        owner = closer;
        demo = setup;
        ui.execute(() -> {
            status = latest;
            problem = null;
            fire();
        });
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private static void closeQuietly(AutoCloseable open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (Exception e) {
            // closing is best effort: the status shows the next open's outcome
        }
    }
}

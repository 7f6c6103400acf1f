package io.certdesk.ui.internal.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
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
                WorkspaceSession old = session;
                session = null;
                closeQuietly(old);
                WorkspaceSession opened = jobs.open(folder, copy);
                WorkspaceStatus first = jobs.status(opened);
                publish(opened, first, null);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, folder.toString());
    }

    /** Reads the status of the open workspace again, in a job. */
    public Job refresh() {
        WorkspaceSession current = session;
        String where = current == null ? "" : current.folder().toString(); //$NON-NLS-1$
        return schedule(NLS.bind(Messages.jobRefresh, where), () -> {
            WorkspaceSession now = session;
            if (now != null) {
                publish(now, jobs.status(now), null);
            }
        }, where);
    }

    /** Closes the open workspace (on the calling thread: at shutdown). */
    public void close() {
        WorkspaceSession current = session;
        session = null;
        status = null;
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

    private void publish(WorkspaceSession opened, WorkspaceStatus latest, String failure) {
        ui.execute(() -> {
            session = opened;
            status = latest;
            problem = failure;
            fire();
        });
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private static void closeQuietly(WorkspaceSession open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (JobException e) {
            // closing is best effort: the status shows the next open's outcome
        }
    }
}

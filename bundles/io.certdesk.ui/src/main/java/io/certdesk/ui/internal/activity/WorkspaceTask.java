package io.certdesk.ui.internal.activity;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** One call of the job service on the open session as an Eclipse job (see {@link WorkspaceJobs#task}). */
public final class WorkspaceTask<T> extends Job {

    /** The call: runs in the job's thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(JobService jobs, WorkspaceSession session, IProgressMonitor monitor) throws JobException;
    }

    private final WorkspaceModel model;
    private final ActivityLog log;
    private final Executor ui;
    private final Work<T> work;
    private final Consumer<T> done;
    private final boolean refresh;

    WorkspaceTask(String name, WorkspaceModel model, ActivityLog log, Executor ui, Work<T> work, Consumer<T> done,
            boolean refresh) {
        super(name);
        this.model = model;
        this.log = log;
        this.ui = ui;
        this.work = work;
        this.done = done;
        this.refresh = refresh;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Optional<WorkspaceSession> session = model.session();
        if (session.isEmpty()) {
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            T result = work.run(model.jobs(), session.get(), monitor);
            ui.execute(() -> done.accept(result));
        } catch (JobException e) {
            ui.execute(() -> log.add(NLS.bind(Messages.jobFailed, new Object[] { getName(),
                    Integer.toString(e.code().code()), e.getMessage() }), 0, Optional.of(e.code())));
        } catch (RuntimeException e) {
            ui.execute(() -> log.add(NLS.bind(Messages.jobFailed, new Object[] { getName(), "-", //$NON-NLS-1$
                    String.valueOf(e) }), 0, Optional.empty()));
        } finally {
            monitor.done();
        }
        if (refresh) {
            model.refresh();
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}

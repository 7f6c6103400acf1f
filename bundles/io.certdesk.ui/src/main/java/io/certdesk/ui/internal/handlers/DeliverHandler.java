package io.certdesk.ui.internal.handlers;

import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.activity.DeliverConfirm;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Batch &gt; Deliver...: the exact counts, send or dry run, then the delivery in a job. */
public final class DeliverHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs) {
        return model.session().isPresent() && model.status().isPresent() && !jobs.running();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceModel model, WorkspaceJobs jobs,
            EntrySelection selection) {
        WorkspaceSession session = model.session().orElse(null);
        if (session == null || model.status().isEmpty()) {
            return;
        }
        DeliverConfirm.ask(shell, model.status().get().entries(), selection.selected(), session.folder(),
                session.hasMailSettings()).ifPresent(jobs::deliver);
    }
}

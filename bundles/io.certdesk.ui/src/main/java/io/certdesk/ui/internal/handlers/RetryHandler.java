package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Batch &gt; Retry Failed: the selected (or all) failed entries back to where they failed, then run them. */
public final class RetryHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs) {
        return model.session().isPresent() && !jobs.running();
    }

    @Execute
    public void execute(WorkspaceJobs jobs, EntrySelection selection) {
        jobs.run(selection.selected(), true);
    }
}

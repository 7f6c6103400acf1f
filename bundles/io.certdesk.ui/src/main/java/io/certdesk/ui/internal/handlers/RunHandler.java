package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Batch &gt; Run (Ctrl+R): download, verify and export the selected entries, or all, in a job. */
public final class RunHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs) {
        return model.session().isPresent() && !jobs.running();
    }

    @Execute
    public void execute(WorkspaceJobs jobs, EntrySelection selection) {
        jobs.run(selection.selected(), false);
    }
}

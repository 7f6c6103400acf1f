package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.bulk.BulkActions;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Batch &gt; Confirm Unknown Sends...: did the sends whose outcome is unknown arrive? (selected entries, or all) */
public final class ConfirmSendsHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log, EntrySelection selection) {
        return new BulkActions(model, jobs, log).ready()
                && !BulkActions.unknownSends(model.status().get(), selection.selected()).isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceModel model, WorkspaceJobs jobs,
            ActivityLog log, EntrySelection selection) {
        new BulkActions(model, jobs, log).confirmUnknownSends(shell, selection.selected());
    }
}

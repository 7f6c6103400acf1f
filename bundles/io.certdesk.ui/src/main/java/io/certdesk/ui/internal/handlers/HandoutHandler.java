package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.bulk.FileActions;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Password Handout (PDF)...: the printable handout written in a job; asks whether to record the hand-over. */
public final class HandoutHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log) {
        return new FileActions(model, jobs, log).ready();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceModel model, WorkspaceJobs jobs,
            ActivityLog log) {
        new FileActions(model, jobs, log).handout(shell);
    }
}

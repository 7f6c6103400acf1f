package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.settings.SettingsDialog;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Workspace Settings: the open workspace's settings in one dialog (only with a workspace open and no run or delivery going on). */
public final class WorkspaceSettingsHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model, WorkspaceJobs jobs) {
        return model.session().isPresent() && !jobs.running();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceModel model) {
        if (model.session().isPresent()) {
            new SettingsDialog(shell, model).open();
        }
    }
}

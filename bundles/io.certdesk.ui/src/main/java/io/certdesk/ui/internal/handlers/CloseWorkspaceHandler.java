package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** File &gt; Close Workspace: closes it (its lock is released; a demo stops its portal and mail sink). */
public final class CloseWorkspaceHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model) {
        return model.session().isPresent();
    }

    @Execute
    public void execute(WorkspaceModel model) {
        model.closeWorkspace();
    }
}

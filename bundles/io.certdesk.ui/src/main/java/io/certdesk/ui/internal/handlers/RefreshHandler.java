package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** View &gt; Refresh (F5): reads the workspace's status again. */
public final class RefreshHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model) {
        return model.session().isPresent();
    }

    @Execute
    public void execute(WorkspaceModel model) {
        model.refresh();
    }
}

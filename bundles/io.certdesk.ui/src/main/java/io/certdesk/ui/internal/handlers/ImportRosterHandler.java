package io.certdesk.ui.internal.handlers;

import java.util.Optional;

import io.certdesk.ui.internal.start.WorkspaceActions;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Import Roster... (Ctrl+I): the wizard on the open workspace. */
public final class ImportRosterHandler {

    @CanExecute
    public boolean canExecute(WorkspaceModel model) {
        return model.session().isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceActions actions) {
        actions.importRoster(shell, Optional.empty());
    }
}

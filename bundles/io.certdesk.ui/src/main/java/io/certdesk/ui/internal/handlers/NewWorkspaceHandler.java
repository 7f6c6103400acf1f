package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.start.WorkspaceActions;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; New Workspace... (Ctrl+N): the wizard; Finish creates the workspace in a job. */
public final class NewWorkspaceHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceActions actions) {
        actions.newWorkspace(shell);
    }
}

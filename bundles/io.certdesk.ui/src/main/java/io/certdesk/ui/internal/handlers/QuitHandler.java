package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.activity.Messages;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Quit: during a run or delivery it asks first, then cancels it (nothing is lost) and quits. */
public final class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, @Optional WorkspaceJobs jobs,
            @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (jobs != null && jobs.running()) {
            if (!MessageDialog.openQuestion(shell, Messages.quitTitle, NLS.bind(Messages.quitRunning, jobs.name()))) {
                return;
            }
            jobs.cancel();
        }
        workbench.close();
    }
}

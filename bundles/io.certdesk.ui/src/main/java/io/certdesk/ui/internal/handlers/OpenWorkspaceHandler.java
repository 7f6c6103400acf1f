package io.certdesk.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Optional;

import io.certdesk.ui.internal.Messages;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Open Workspace...: a folder, its passphrase, then the workspace opens in a job. */
public final class OpenWorkspaceHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceModel model) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.openTitle);
        dialog.setMessage(Messages.openDirectoryMessage);
        model.session().ifPresent(open -> dialog.setFilterPath(open.folder().toString()));
        String folder = dialog.open();
        if (folder != null) {
            OpenWorkspace.open(shell, model, Path.of(folder), Optional.empty());
        }
    }
}

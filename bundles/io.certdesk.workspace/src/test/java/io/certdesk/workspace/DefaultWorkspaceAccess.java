package io.certdesk.workspace;

import io.certdesk.workspace.internal.DefaultWorkspace;

/** Test access to the workspace internals (to set up states an interrupted run leaves). */
final class DefaultWorkspaceAccess {

    private DefaultWorkspaceAccess() {
    }

    /** Records a download attempt, as the pipeline does right before it calls the portal. */
    static void markDownloadStarted(Workspace workspace, long id) throws WorkspaceException {
        ((DefaultWorkspace) workspace).recorder().beginDownload(id);
    }
}

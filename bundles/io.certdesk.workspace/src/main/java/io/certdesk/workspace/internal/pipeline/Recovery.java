package io.certdesk.workspace.internal.pipeline;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.DefaultWorkspace;
import io.certdesk.workspace.internal.Messages;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/**
 * Clean-up before a run, after an interruption. Temporary files are removed when the workspace opens. An export
 * written but not committed (the process died in between) has no recorded password: it is removed, and the entry
 * exports again. A raw file stored but not committed is adopted by the download step instead of downloading again.
 */
final class Recovery {

    private static final Set<EntryState> NOT_EXPORTED = EnumSet.of(EntryState.IMPORTED, EntryState.DOWNLOADED,
            EntryState.VERIFIED, EntryState.FAILED);

    private Recovery() {
    }

    static void removeOrphanExports(DefaultWorkspace workspace) throws WorkspaceException {
        for (Entry entry : workspace.entries()) {
            if (NOT_EXPORTED.contains(entry.state()) && workspace.vault().exists(Vault.Kind.EXPORT, entry.id())) {
                try {
                    workspace.vault().delete(Vault.Kind.EXPORT, entry.id());
                } catch (IOException e) {
                    throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE,
                            NLS.bind(Messages.cannotWrite, workspace.folder(), e.getMessage()), e);
                }
            }
        }
    }
}

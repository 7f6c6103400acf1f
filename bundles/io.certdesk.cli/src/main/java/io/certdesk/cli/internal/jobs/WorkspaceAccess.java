package io.certdesk.cli.internal.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.Workspaces;

/** Opens a workspace with the passphrase from a file, {@code CERTDESK_PASSPHRASE} or the terminal. */
final class WorkspaceAccess {

    private WorkspaceAccess() {
    }

    static Workspace open(Path folder, Path passphraseFile) throws WorkspaceException {
        char[] passphrase = Passphrase.standard(passphraseFile).read();
        try {
            return Workspaces.open(folder, passphrase, Clock.systemDefaultZone());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}

package io.certdesk.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import io.certdesk.workspace.internal.WorkspaceOpener;

/** Creates and opens workspace folders. */
public final class Workspaces {

    private Workspaces() {
    }

    /**
     * Creates a workspace in {@code folder} (which must not exist or be empty): owner-only folders and files from
     * the start, a new random key-derivation salt, the settings, and the first audit record.
     */
    public static Workspace create(Path folder, char[] passphrase, WorkspaceSettings settings, Clock clock)
            throws WorkspaceException {
        return WorkspaceOpener.create(Objects.requireNonNull(folder, "folder"), //$NON-NLS-1$
                Objects.requireNonNull(passphrase, "passphrase"), Objects.requireNonNull(settings, "settings"), //$NON-NLS-1$ //$NON-NLS-2$
                Objects.requireNonNull(clock, "clock")); //$NON-NLS-1$
    }

    /**
     * Opens a workspace: checks the passphrase (a wrong one is {@code STORE_WRONG_PASSPHRASE}), takes the
     * folder's lock, migrates the schema and removes leftovers of an interrupted run (temporary files).
     */
    public static Workspace open(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        return WorkspaceOpener.open(Objects.requireNonNull(folder, "folder"), //$NON-NLS-1$
                Objects.requireNonNull(passphrase, "passphrase"), Objects.requireNonNull(clock, "clock")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether {@code folder} looks like a workspace (has its header). */
    public static boolean isWorkspace(Path folder) {
        return WorkspaceOpener.isWorkspace(Objects.requireNonNull(folder, "folder")); //$NON-NLS-1$
    }
}

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
     * Opens a workspace: checks the passphrase (a wrong one, or a header edited within its bounds, is
     * {@code STORE_WRONG_PASSPHRASE}; a header out of bounds is {@code STORE_CANNOT_OPEN} before any key derivation),
     * takes the folder's lock, migrates the schema, removes leftovers of an interrupted run (temporary files) and
     * verifies the sealed audit log: a log that fails is {@code STORE_AUDIT_BROKEN} naming what was found (see
     * {@link #verifyAudit}). A workspace from before sealing is sealed on this first open by the key holder.
     */
    public static Workspace open(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        return WorkspaceOpener.open(Objects.requireNonNull(folder, "folder"), //$NON-NLS-1$
                Objects.requireNonNull(passphrase, "passphrase"), Objects.requireNonNull(clock, "clock")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Verifies the audit log of a workspace that {@link #open} refuses because the log failed verification: opens
     * it only for this (passphrase checked, lock taken), returns what the verification found, and closes it again.
     */
    public static AuditVerification verifyAudit(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        return WorkspaceOpener.verifyAudit(Objects.requireNonNull(folder, "folder"), //$NON-NLS-1$
                Objects.requireNonNull(passphrase, "passphrase"), Objects.requireNonNull(clock, "clock")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether {@code folder} looks like a workspace (has its header). */
    public static boolean isWorkspace(Path folder) {
        return WorkspaceOpener.isWorkspace(Objects.requireNonNull(folder, "folder")); //$NON-NLS-1$
    }
}

package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/** Whether the workspace accepts new files now: a probe file in each folder, and room on the disk. */
final class WritableCheck {

    /** Below this much free space a batch is not started (a certificate and its export take a few KiB each). */
    static final long MIN_FREE_BYTES = 16L * 1024 * 1024;

    private WritableCheck() {
    }

    static void check(Path folder, Vault vault) throws WorkspaceException {
        for (Path dir : List.of(folder, vault.path(Vault.Kind.RAW, 0).getParent(), vault.path(Vault.Kind.EXPORT, 0).getParent())) {
            long free;
            try {
                Path probe = OwnerOnly.temporaryFile(dir, DurableFiles.TEMPORARY_PREFIX, DurableFiles.TEMPORARY_SUFFIX);
                Files.delete(probe);
                free = Files.getFileStore(dir).getUsableSpace();
            } catch (IOException e) {
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, dir,
                        e.getClass().getSimpleName() + ": " + e.getMessage()), e); //$NON-NLS-1$
            }
            if (free < MIN_FREE_BYTES) {
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, dir,
                        NLS.bind(Messages.diskFull, Long.toString(free / 1024))));
            }
        }
    }
}

package io.certdesk.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One roster import as the workspace stored it; entries name it by {@link Entry#importId()}.
 *
 * @param id the workspace's number for the import
 * @param importedAt when it was imported
 * @param source file name, header row and column mapping
 */
public record ImportRecord(long id, Instant importedAt, ImportSource source) {

    public ImportRecord {
        Objects.requireNonNull(importedAt, "importedAt"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
    }
}

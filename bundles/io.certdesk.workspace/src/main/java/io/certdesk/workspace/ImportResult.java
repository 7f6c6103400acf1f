package io.certdesk.workspace;

import java.util.List;

/**
 * What an import did: the new entry ids in roster order, and the rows skipped because the workspace already
 * holds their group ID and certificate number (each named, so the administrator can check them).
 */
public record ImportResult(List<Long> added, List<String> alreadyPresent) {

    public ImportResult {
        added = List.copyOf(added);
        alreadyPresent = List.copyOf(alreadyPresent);
    }
}

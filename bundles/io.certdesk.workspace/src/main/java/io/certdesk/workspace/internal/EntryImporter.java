package io.certdesk.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.ImportRecord;
import io.certdesk.workspace.ImportResult;
import io.certdesk.workspace.ImportSource;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.db.EntryStore;
import io.certdesk.workspace.internal.db.ImportStore;
import io.certdesk.workspace.internal.db.SecretStore;
import io.certdesk.workspace.internal.secrets.SecretBox;

/**
 * Adds roster rows as entries in one transaction: the import itself (file name, header row, mapping) once, each new
 * entry pointing at it, each retrieval password sealed; every draft's password is wiped, also on failure.
 */
final class EntryImporter {

    private final StoreAccess store;
    private final EntryStore entries;
    private final SecretBox box;

    EntryImporter(StoreAccess store, EntryStore entries, SecretBox box) {
        this.store = store;
        this.entries = entries;
        this.box = box;
    }

    ImportResult add(Optional<ImportSource> source, List<EntryDraft> drafts) throws WorkspaceException {
        try {
            return store.write(c -> {
                Optional<Long> importId = source.isPresent()
                        ? Optional.of(Long.valueOf(ImportStore.insert(c, source.get(), entries.now())))
                        : Optional.empty();
                List<Long> added = new ArrayList<>();
                List<String> present = new ArrayList<>();
                for (EntryDraft draft : drafts) {
                    if (entries.exists(c, draft.groupId(), draft.certificateNumber())) {
                        present.add(draft.groupId() + '/' + draft.certificateNumber());
                        continue;
                    }
                    long entryId = entries.insert(c, draft, importId);
                    SecretStore.put(c, SecretStore.entryOwner(entryId), EntryRecorder.RETRIEVAL_PASSWORD,
                            box.seal(SecretStore.entryOwner(entryId), EntryRecorder.RETRIEVAL_PASSWORD, draft.retrievalPassword()));
                    added.add(Long.valueOf(entryId));
                }
                return new ImportResult(added, present);
            });
        } finally {
            drafts.forEach(EntryDraft::clear);
        }
    }

    List<ImportRecord> imports() throws WorkspaceException {
        return store.read(ImportStore::all);
    }
}

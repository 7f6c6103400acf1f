package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.audit.AuditCsv;
import io.certdesk.workspace.internal.audit.AuditLog;
import org.eclipse.osgi.util.NLS;

/** The workspace's audit operations: append a record, list, verify and export the hash-chained log. */
final class AuditTrail {

    private final StoreAccess store;
    private final AuditLog audit;

    AuditTrail(StoreAccess store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Appends a record about the workspace, or about an entry (named by its certificate number and fingerprint). */
    void append(String action, Optional<Entry> entry, String detail) throws WorkspaceException {
        append(List.of(new Note(action, entry, detail)));
    }

    /** A record to append: about the workspace, or about an entry. */
    record Note(String action, Optional<Entry> entry, String detail) {
    }

    /** Appends the records in this order, in one transaction. */
    void append(List<Note> notes) throws WorkspaceException {
        if (notes.isEmpty()) {
            return;
        }
        store.write(c -> {
            for (Note note : notes) {
                Optional<Entry> entry = note.entry();
                audit.append(c, note.action(), entry.map(e -> Long.valueOf(e.id())),
                        entry.map(Entry::certificateNumber).orElse(""), //$NON-NLS-1$
                        entry.flatMap(Entry::certificate).map(ci -> ci.sha256()).orElse(""), note.detail()); //$NON-NLS-1$
            }
            return null;
        });
    }

    List<AuditRecord> records() throws WorkspaceException {
        return store.read(AuditLog::records);
    }

    AuditVerification verify() throws WorkspaceException {
        return store.read(audit::verify);
    }

    /** Writes the log as CSV; {@code file} must not exist. */
    void export(Path file) throws WorkspaceException {
        if (Files.exists(file)) {
            throw new WorkspaceException(ErrorCode.P12_CANNOT_WRITE, NLS.bind(Messages.outputExists, file));
        }
        byte[] csv = AuditCsv.render(records());
        try {
            DurableFiles.write(file, csv, WriteMode.CREATE_NEW);
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWriteFile, file, e.getMessage()), e);
        }
        append("audit.exported", Optional.empty(), file.getFileName().toString()); //$NON-NLS-1$
    }
}

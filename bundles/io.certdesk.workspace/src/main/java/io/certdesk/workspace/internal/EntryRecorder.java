package io.certdesk.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.ChainRecord;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.db.ChainStore;
import io.certdesk.workspace.internal.db.EntryStore;
import io.certdesk.workspace.internal.db.SecretStore;
import io.certdesk.workspace.internal.secrets.SecretBox;

/**
 * The durable steps of the pipeline, each one transaction: the download attempt (before the portal is called),
 * the stored download, verification, export, failures, a damaged copy, the window passing. Files are stored in
 * the vault before the step that names them commits.
 */
public final class EntryRecorder {

    static final String RETRIEVAL_PASSWORD = "retrieval-password"; //$NON-NLS-1$
    static final String EXPORT_PASSWORD = "export-password"; //$NON-NLS-1$

    private final DefaultWorkspace workspace;
    private final EntryStore entries;

    EntryRecorder(DefaultWorkspace workspace) {
        this.workspace = workspace;
        this.entries = workspace.entryStore();
    }

    /** The retrieval password; the caller wipes it. */
    public char[] retrievalPassword(long id) throws WorkspaceException {
        return workspace.openSecret(SecretStore.entryOwner(id), RETRIEVAL_PASSWORD)
                .orElseThrow(() -> new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN,
                        org.eclipse.osgi.util.NLS.bind(Messages.secretDamaged, SecretStore.entryOwner(id), RETRIEVAL_PASSWORD)));
    }

    /** Records that the portal is about to be asked (kept from the first attempt on): the window's local start. */
    public Instant beginDownload(long id) throws WorkspaceException {
        return workspace.write(c -> {
            Optional<Long> started = entries.longColumn(c, id, "download_started_at"); //$NON-NLS-1$
            if (started.isPresent()) {
                return Instant.ofEpochMilli(started.get().longValue());
            }
            long now = entries.now();
            entries.update(c, id, Map.of("download_started_at", Long.valueOf(now))); //$NON-NLS-1$
            return Instant.ofEpochMilli(now);
        });
    }

    /** The local time of the first download attempt, if any. */
    public Optional<Instant> downloadStartedAt(long id) throws WorkspaceException {
        return workspace.read(c -> entries.longColumn(c, id, "download_started_at")).map(t -> Instant.ofEpochMilli(t.longValue())); //$NON-NLS-1$
    }

    /**
     * The raw file is in the vault: IMPORTED becomes DOWNLOADED with the first-download time (the portal's, else
     * the first local attempt's), its SHA-256 and the download count.
     */
    public Entry downloaded(long id, String sha256, String portalFileName, Optional<Instant> portalTime, String reason,
            boolean counted) throws WorkspaceException {
        return workspace.write(c -> {
            Entry current = entries.find(c, id).orElseThrow();
            Map<String, Object> set = new HashMap<>();
            set.put("raw_sha256", sha256); //$NON-NLS-1$
            set.put("portal_file_name", portalFileName); //$NON-NLS-1$
            if (counted) {
                set.put("download_count", Integer.valueOf(current.downloadCount() + 1)); //$NON-NLS-1$
            }
            if (current.firstDownloadAt().isEmpty() || (portalTime.isPresent() && !current.firstDownloadFromPortal())) {
                Optional<Long> started = entries.longColumn(c, id, "download_started_at"); //$NON-NLS-1$
                long first = portalTime.map(Instant::toEpochMilli)
                        .orElse(started.orElse(Long.valueOf(entries.now())).longValue());
                set.put("first_download_at", Long.valueOf(first)); //$NON-NLS-1$
                set.put("first_download_portal", Integer.valueOf(portalTime.isPresent() ? 1 : 0)); //$NON-NLS-1$
            }
            return entries.move(c, id, EntryState.DOWNLOADED, reason, Optional.empty(), "", set); //$NON-NLS-1$
        });
    }

    /** Verified: the certificate's facts are kept, and superseded entries (either way) are marked. */
    public Entry verified(long id, CertificateInfo info) throws WorkspaceException {
        return workspace.write(c -> {
            Map<String, Object> set = new HashMap<>();
            set.put("subject", info.subject()); //$NON-NLS-1$
            set.put("issuer", info.issuer()); //$NON-NLS-1$
            set.put("serial_hex", info.serialHex()); //$NON-NLS-1$
            set.put("not_before", Long.valueOf(info.notBefore().toEpochMilli())); //$NON-NLS-1$
            set.put("not_after", Long.valueOf(info.notAfter().toEpochMilli())); //$NON-NLS-1$
            set.put("cert_sha256", info.sha256()); //$NON-NLS-1$
            set.put("cert_sha1", info.sha1()); //$NON-NLS-1$
            entries.move(c, id, EntryState.VERIFIED, "verified", Optional.empty(), "", set); //$NON-NLS-1$ //$NON-NLS-2$
            Supersession.check(c, entries, id);
            return entries.find(c, id).orElseThrow();
        });
    }

    /** The chain and verdict of a verification, replacing the entry's earlier one (its own transaction). */
    public void chainVerified(long id, ChainRecord record) throws WorkspaceException {
        workspace.write(c -> {
            ChainStore.put(c, id, record);
            return null;
        });
    }

    /** Exported: the file is in the vault; its hash and the sealed password commit with the state. */
    public Entry exported(long id, String exportSha256, char[] password) throws WorkspaceException {
        String owner = SecretStore.entryOwner(id);
        SecretBox.Sealed sealed = workspace.box().seal(owner, EXPORT_PASSWORD, password);
        return workspace.write(c -> {
            SecretStore.put(c, owner, EXPORT_PASSWORD, sealed);
            return entries.move(c, id, EntryState.EXPORTED, "exported", Optional.empty(), "", //$NON-NLS-1$ //$NON-NLS-2$
                    Map.of("export_sha256", exportSha256)); //$NON-NLS-1$
        });
    }

    public Entry failed(long id, ErrorCode code, String detail) throws WorkspaceException {
        return workspace.write(c -> entries.move(c, id, EntryState.FAILED, "failed", Optional.of(code), detail, Map.of())); //$NON-NLS-1$
    }

    public Entry windowPassed(long id, ErrorCode code, String detail) throws WorkspaceException {
        return workspace.write(c -> entries.move(c, id, EntryState.WINDOW_PASSED, "window-passed", Optional.of(code), detail, //$NON-NLS-1$
                Map.of()));
    }

    /** The stored copy is missing or damaged while the window is open: back to IMPORTED to download again. */
    public Entry damagedCopy(long id, String detail) throws WorkspaceException {
        return workspace.write(c -> entries.move(c, id, EntryState.IMPORTED, "stored-copy-damaged", //$NON-NLS-1$
                Optional.of(ErrorCode.STORE_COPY_DAMAGED), detail, new HashMap<>(Map.of())));
    }

    /** FAILED back to where the failed step started (a failed download back to IMPORTED, and so on). */
    Entry retry(Entry entry) throws WorkspaceException {
        EntryState back = entry.failedFrom().orElse(EntryState.IMPORTED);
        return workspace.write(c -> entries.move(c, entry.id(), back, "retry", Optional.empty(), "", Map.of())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Every entry in these states. */
    public List<Entry> inState(EntryState state) throws WorkspaceException {
        return workspace.read(c -> entries.inState(c, state));
    }
}

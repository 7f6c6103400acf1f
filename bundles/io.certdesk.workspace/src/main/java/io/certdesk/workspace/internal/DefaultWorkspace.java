package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.AEADBadTagException;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.LedgerRecord;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.ImportResult;
import io.certdesk.workspace.Pipeline;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.Transition;
import io.certdesk.workspace.WindowStatus;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.audit.AuditCsv;
import io.certdesk.workspace.internal.audit.AuditLog;
import io.certdesk.workspace.internal.audit.AuditSeal;
import io.certdesk.workspace.internal.audit.OsUser;
import io.certdesk.workspace.internal.db.Database;
import io.certdesk.workspace.internal.db.EntryStore;
import io.certdesk.workspace.internal.db.LedgerStore;
import io.certdesk.workspace.internal.db.SecretStore;
import io.certdesk.workspace.internal.db.SettingsStore;
import io.certdesk.workspace.internal.pipeline.DefaultPipeline;
import io.certdesk.workspace.internal.secrets.SecretBox;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/** The workspace behind {@link Workspace}: store, vault, secrets and audit log of one folder. */
public final class DefaultWorkspace implements Workspace {

    static final String WORKSPACE_OWNER = "workspace"; //$NON-NLS-1$

    private final Path folder;
    private final String id;
    private final Database database;
    private final SecretBox box;
    private final Clock clock;
    private final WorkspaceOpener.Lock lock;
    private final AuditLog audit;
    private final AuditSeal seal;
    private final EntryStore entries;
    private final Vault vault;
    private final EntryRecorder recorder;
    private final LedgerStore ledger;

    DefaultWorkspace(Path folder, String id, Database database, SecretBox box, Clock clock, WorkspaceOpener.Lock lock) {
        this.folder = folder;
        this.id = id;
        this.database = database;
        this.box = box;
        this.clock = clock;
        this.lock = lock;
        byte[] auditKey = box.subkey(AuditSeal.PURPOSE);
        try {
            this.seal = new AuditSeal(auditKey, id);
        } finally {
            java.util.Arrays.fill(auditKey, (byte) 0);
        }
        this.audit = new AuditLog(id, OsUser.name(), clock, seal);
        this.entries = new EntryStore(audit, clock);
        this.vault = new Vault(folder.resolve(WorkspaceOpener.VAULT_DIR));
        this.recorder = new EntryRecorder(this);
        this.ledger = new LedgerStore(database, clock, folder.resolve(Database.FILE_NAME).toString());
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public SecretBox box() {
        return box;
    }

    public AuditLog auditLog() {
        return audit;
    }

    public EntryStore entryStore() {
        return entries;
    }

    public Vault vault() {
        return vault;
    }

    /** The operations the pipeline records its steps with. */
    public EntryRecorder recorder() {
        return recorder;
    }

    /** Runs a read, mapping store failures to {@code STORE_CANNOT_OPEN}. */
    public <T> T read(Database.Work<T> work) throws WorkspaceException {
        try {
            return database.read(work);
        } catch (SQLException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotRead, folder, e.getMessage()), e);
        }
    }

    /** Runs a transaction, mapping store failures (disk full) to {@code STORE_CANNOT_WRITE}. */
    public <T> T write(Database.Work<T> work) throws WorkspaceException {
        try {
            return database.write(work);
        } catch (SQLException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, folder, diskHint(e)), e);
        } catch (IllegalStateException e) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notInLifeCycle, e.getMessage()), e);
        }
    }

    @Override
    public WorkspaceSettings settings() throws WorkspaceException {
        return read(SettingsStore::read);
    }

    @Override
    public void updateSettings(WorkspaceSettings settings) throws WorkspaceException {
        if (!settings.trust().hasAnchor()) {
            throw new WorkspaceException(ErrorCode.STORE_NO_TRUST_ANCHOR, NLS.bind(Messages.anchorsRemoved, folder));
        }
        write(c -> {
            SettingsStore.write(c, settings);
            audit.append(c, "workspace.settings", Optional.empty(), "", "", settings.describe()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        });
    }

    @Override
    public ImportResult importEntries(List<EntryDraft> drafts) throws WorkspaceException {
        try {
            return write(c -> {
                List<Long> added = new ArrayList<>();
                List<String> present = new ArrayList<>();
                for (EntryDraft draft : drafts) {
                    if (entries.exists(c, draft.groupId(), draft.certificateNumber())) {
                        present.add(draft.groupId() + '/' + draft.certificateNumber());
                        continue;
                    }
                    long entryId = entries.insert(c, draft);
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

    @Override
    public List<Entry> entries() throws WorkspaceException {
        return read(entries::all);
    }

    @Override
    public Entry entry(long entryId) throws WorkspaceException {
        return read(c -> entries.find(c, entryId)).orElseThrow(() -> new WorkspaceException(ErrorCode.UNKNOWN,
                NLS.bind(Messages.noSuchEntry, Long.valueOf(entryId), folder)));
    }

    @Override
    public List<Transition> transitions(long entryId) throws WorkspaceException {
        return read(c -> entries.transitions(c, entryId));
    }

    @Override
    public Map<EntryState, Integer> counts() throws WorkspaceException {
        Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
        for (EntryState state : EntryState.values()) {
            counts.put(state, Integer.valueOf(0));
        }
        for (Entry entry : entries()) {
            counts.merge(entry.state(), Integer.valueOf(1), (a, b) -> Integer.valueOf(a.intValue() + b.intValue()));
        }
        return counts;
    }

    @Override
    public List<WindowStatus> window() throws WorkspaceException {
        return Reports.window(entries(), clock.instant(), settings().windowMargin());
    }

    @Override
    public List<RenewalStatus> renewals() throws WorkspaceException {
        return renewals(settings().renewalWindowDays());
    }

    @Override
    public List<RenewalStatus> renewals(int windowDays) throws WorkspaceException {
        return Reports.renewals(entries(), clock.instant(), windowDays);
    }

    @Override
    public List<Long> detectSuperseded() throws WorkspaceException {
        return write(c -> Supersession.sweep(c, entries));
    }

    @Override
    public void retry(long entryId) throws WorkspaceException {
        Entry entry = entry(entryId);
        if (entry.state() != EntryState.FAILED) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notFailed, Long.valueOf(entryId), entry.state()));
        }
        recorder.retry(entry);
    }

    @Override
    public void markDelivered(long entryId, DeliveryChannel channel) throws WorkspaceException {
        Entry entry = entry(entryId);
        if (entry.state() == EntryState.SUPERSEDED) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.supersededNotDelivered,
                    entry.certificateNumber(), entry.supersededBy().map(String::valueOf).orElse("?"))); //$NON-NLS-1$
        }
        write(c -> entries.move(c, entryId, EntryState.DELIVERED, "delivered", Optional.empty(), channelName(channel), //$NON-NLS-1$
                Map.of()));
    }

    @Override
    public DeliveryLedger deliveryLedger() {
        return ledger;
    }

    @Override
    public boolean settleDelivered(long entryId, DeliveryChannel fileChannel) throws WorkspaceException {
        return write(c -> {
            Entry entry = entries.find(c, entryId).orElseThrow(() -> new IllegalStateException("no entry " + entryId)); //$NON-NLS-1$
            if (entry.state() != EntryState.EXPORTED) {
                return Boolean.FALSE;
            }
            boolean file = fileChannel == DeliveryChannel.MANUAL
                    || LedgerStore.latest(c, entryId, DeliveryPart.FILE).map(r -> r.state().delivered()).orElse(false);
            Optional<LedgerRecord> password = LedgerStore.latest(c, entryId, DeliveryPart.PASSWORD);
            if (!file || password.isEmpty() || !password.get().state().delivered()) {
                return Boolean.FALSE;
            }
            entries.move(c, entryId, EntryState.DELIVERED, "delivered", Optional.empty(), //$NON-NLS-1$
                    channelName(password.get().channel()), Map.of());
            entries.move(c, entryId, EntryState.DONE, "done", Optional.empty(), "", Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
            return Boolean.TRUE;
        }).booleanValue();
    }

    /** How transitions name a channel: {@code mail}, {@code handout}, {@code manual}. */
    private static String channelName(DeliveryChannel channel) {
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void markDone(long entryId) throws WorkspaceException {
        write(c -> entries.move(c, entryId, EntryState.DONE, "done", Optional.empty(), "", Map.of())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public char[] exportPassword(long entryId) throws WorkspaceException {
        return openSecret(SecretStore.entryOwner(entryId), EntryRecorder.EXPORT_PASSWORD)
                .orElseThrow(() -> new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notExported, Long.valueOf(entryId))));
    }

    /** A sealed secret, opened; empty when absent. */
    public Optional<char[]> openSecret(String owner, String field) throws WorkspaceException {
        Optional<SecretBox.Sealed> sealed = read(c -> SecretStore.get(c, owner, field));
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.openChars(owner, field, sealed.get()));
        } catch (AEADBadTagException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.secretDamaged, owner, field), e);
        }
    }

    @Override
    public Path exportedFile(long entryId) throws WorkspaceException {
        Entry entry = entry(entryId);
        if (entry.exportSha256().isEmpty()) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notExported, Long.valueOf(entryId)));
        }
        return vault.path(Vault.Kind.EXPORT, entryId);
    }

    @Override
    public List<Path> copyExports(Path target) throws WorkspaceException {
        return new ExportCopier(this).copy(target);
    }

    @Override
    public void storeSecret(String name, char[] value) throws WorkspaceException {
        write(c -> {
            SecretStore.put(c, WORKSPACE_OWNER, "setting:" + name, box.seal(WORKSPACE_OWNER, "setting:" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
            audit.append(c, "secret.stored", Optional.empty(), "", "", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        });
    }

    @Override
    public Optional<char[]> secret(String name) throws WorkspaceException {
        return openSecret(WORKSPACE_OWNER, "setting:" + name); //$NON-NLS-1$
    }

    @Override
    public void audit(String action, Optional<Long> entryId, String detail) throws WorkspaceException {
        Optional<Entry> entry = entryId.isPresent() ? Optional.of(entry(entryId.get().longValue())) : Optional.empty();
        write(c -> audit.append(c, action, entryId, entry.map(Entry::certificateNumber).orElse(""), //$NON-NLS-1$
                entry.flatMap(Entry::certificate).map(ci -> ci.sha256()).orElse(""), detail)); //$NON-NLS-1$
    }

    @Override
    public List<AuditRecord> auditRecords() throws WorkspaceException {
        return read(AuditLog::records);
    }

    @Override
    public AuditVerification verifyAudit() throws WorkspaceException {
        return read(audit::verify);
    }

    @Override
    public void exportAudit(Path file) throws WorkspaceException {
        if (Files.exists(file)) {
            throw new WorkspaceException(ErrorCode.P12_CANNOT_WRITE, NLS.bind(Messages.outputExists, file));
        }
        byte[] csv = AuditCsv.render(auditRecords());
        try {
            DurableFiles.write(file, csv, WriteMode.CREATE_NEW);
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWriteFile, file, e.getMessage()), e);
        }
        audit("audit.exported", Optional.empty(), file.getFileName().toString()); //$NON-NLS-1$
    }

    @Override
    public Pipeline pipeline(Pkcs12Engine engine, Optional<CertificateSource> source) {
        return new DefaultPipeline(this, engine, source);
    }

    @Override
    public void close() throws WorkspaceException {
        try {
            database.close();
        } catch (SQLException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, folder, e.getMessage()), e);
        } finally {
            box.close();
            seal.close();
            lock.release();
        }
    }

    /** The driver's message, or "disk full" with the space left when the disk is (nearly) full. */
    private String diskHint(SQLException e) {
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < 1024 * 1024) {
                return NLS.bind(Messages.diskFull, Long.toString(free / 1024));
            }
        } catch (IOException ignored) {
            // fall back to the driver's message
        }
        return e.getMessage();
    }

    /** Wipes a password copy. */
    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}

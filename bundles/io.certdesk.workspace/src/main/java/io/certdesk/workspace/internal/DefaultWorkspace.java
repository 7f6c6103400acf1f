package io.certdesk.workspace.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.workspace.AuditNote;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.ChainRecord;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.ImportRecord;
import io.certdesk.workspace.ImportResult;
import io.certdesk.workspace.ImportSource;
import io.certdesk.workspace.Pipeline;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.Transition;
import io.certdesk.workspace.WindowStatus;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.audit.AuditLog;
import io.certdesk.workspace.internal.audit.AuditSeal;
import io.certdesk.workspace.internal.audit.OsUser;
import io.certdesk.workspace.internal.db.ChainStore;
import io.certdesk.workspace.internal.db.Database;
import io.certdesk.workspace.internal.db.EntryStore;
import io.certdesk.workspace.internal.db.LedgerStore;
import io.certdesk.workspace.internal.db.SettingsStore;
import io.certdesk.workspace.internal.pipeline.DefaultPipeline;
import io.certdesk.workspace.internal.secrets.SecretBox;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/** The workspace behind {@link Workspace}: store, vault, secrets and audit log of one folder. */
public final class DefaultWorkspace implements Workspace {

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
    private final StoreAccess store;
    private final EntryImporter importer;
    private final DeliverySettlement settlement;
    private final WorkspaceSecrets secrets;
    private final AuditTrail auditTrail;

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
        this.store = new StoreAccess(database, folder);
        this.importer = new EntryImporter(store, entries, box);
        this.settlement = new DeliverySettlement(store, entries);
        this.secrets = new WorkspaceSecrets(store, box, audit);
        this.auditTrail = new AuditTrail(store, audit);
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
        return store.read(work);
    }

    /** Runs a transaction, mapping store failures (disk full) to {@code STORE_CANNOT_WRITE}. */
    public <T> T write(Database.Work<T> work) throws WorkspaceException {
        return store.write(work);
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
        return importer.add(Optional.empty(), drafts);
    }

    @Override
    public ImportResult importEntries(ImportSource source, List<EntryDraft> drafts) throws WorkspaceException {
        return importer.add(Optional.of(source), drafts);
    }

    @Override
    public List<ImportRecord> imports() throws WorkspaceException {
        return importer.imports();
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
    public Optional<ChainRecord> chain(long entryId) throws WorkspaceException {
        return read(c -> ChainStore.get(c, entryId));
    }

    @Override
    public boolean passphraseMatches(char[] passphrase) throws WorkspaceException {
        return WorkspaceOpener.passphraseMatches(folder, id, passphrase);
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
        settlement.markDelivered(entry(entryId), channel);
    }

    @Override
    public DeliveryLedger deliveryLedger() {
        return ledger;
    }

    @Override
    public boolean settleDelivered(long entryId, DeliveryChannel fileChannel) throws WorkspaceException {
        return settlement.settle(entryId, fileChannel);
    }

    @Override
    public void markDone(long entryId) throws WorkspaceException {
        settlement.markDone(entryId);
    }

    @Override
    public char[] exportPassword(long entryId) throws WorkspaceException {
        return secrets.exportPassword(entryId);
    }

    /** A sealed secret, opened; empty when absent. */
    public Optional<char[]> openSecret(String owner, String field) throws WorkspaceException {
        return secrets.open(owner, field);
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
    public Path temporaryFolder() {
        return folder.resolve(WorkspaceOpener.TEMP_DIR);
    }

    @Override
    public void checkWritable() throws WorkspaceException {
        WritableCheck.check(folder, vault);
    }

    @Override
    public byte[] exportedBytes(long entryId) throws WorkspaceException {
        return new ExportCopier(this).intactBytes(entry(entryId));
    }

    @Override
    public List<Path> copyExports(Path target) throws WorkspaceException {
        return new ExportCopier(this).copy(target, entry -> true);
    }

    @Override
    public List<Path> copyExports(Path target, Set<Long> entryIds) throws WorkspaceException {
        Set<Long> chosen = Set.copyOf(entryIds);
        return new ExportCopier(this).copy(target, entry -> chosen.contains(Long.valueOf(entry.id())));
    }

    @Override
    public void storeSecret(String name, char[] value) throws WorkspaceException {
        secrets.store(name, value);
    }

    @Override
    public Optional<char[]> secret(String name) throws WorkspaceException {
        return secrets.setting(name);
    }

    @Override
    public void audit(String action, Optional<Long> entryId, String detail) throws WorkspaceException {
        audit(List.of(new AuditNote(action, entryId, detail)));
    }

    @Override
    public void audit(List<AuditNote> notes) throws WorkspaceException {
        List<AuditTrail.Note> resolved = new ArrayList<>(notes.size());
        for (AuditNote note : notes) {
            Optional<Entry> entry = note.entryId().isPresent() ? Optional.of(entry(note.entryId().get().longValue()))
                    : Optional.empty();
            resolved.add(new AuditTrail.Note(note.action(), entry, note.detail()));
        }
        auditTrail.append(resolved);
    }

    @Override
    public List<AuditRecord> auditRecords() throws WorkspaceException {
        return auditTrail.records();
    }

    @Override
    public AuditVerification verifyAudit() throws WorkspaceException {
        return auditTrail.verify();
    }

    @Override
    public void exportAudit(Path file) throws WorkspaceException {
        auditTrail.export(file);
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

    /** Wipes a password copy. */
    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}

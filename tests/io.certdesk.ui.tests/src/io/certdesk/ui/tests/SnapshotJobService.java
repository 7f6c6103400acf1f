package io.certdesk.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.HandoutSummary;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RosterPreview;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.roster.ImportOptions;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * A job service that hands out one fixed status: for the entry states (failed, window passed, superseded) that a
 * quick test cannot reach through a portal. Only open, status, details and confirmSend (recorded) work; the workbench
 * may call nothing else here.
 */
final class SnapshotJobService implements JobService {

    private final WorkspaceStatus status;
    private final java.util.Map<Long, io.certdesk.jobs.EntryDetails> details;

    /** The settled unknown sends: "message id=delivered" (confirmSend records instead of failing). */
    final List<String> confirmed = new java.util.concurrent.CopyOnWriteArrayList<>();

    SnapshotJobService(WorkspaceStatus status) {
        this(status, java.util.Map.of());
    }

    /** With the details of some entries (chains, deliveries, state changes a quick test cannot produce). */
    SnapshotJobService(WorkspaceStatus status, java.util.Map<Long, io.certdesk.jobs.EntryDetails> details) {
        this.status = status;
        this.details = java.util.Map.copyOf(details);
    }

    @Override
    public WorkspaceSession open(Path folder, char[] passphrase) {
        return new WorkspaceSession() {
            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public List<Entry> entries() {
                return status.entries();
            }

            @Override
            public boolean hasMailSettings() {
                return false;
            }

            @Override
            public void close() {
                // nothing open
            }
        };
    }

    @Override
    public WorkspaceStatus status(WorkspaceSession session) {
        return status;
    }

    /** The details given for the entry, else the entry as the status has it without transitions, chain or deliveries. */
    @Override
    public io.certdesk.jobs.EntryDetails details(WorkspaceSession session, long entryId) {
        if (details.containsKey(Long.valueOf(entryId))) {
            return details.get(Long.valueOf(entryId));
        }
        Entry entry = status.entries().stream().filter(e -> e.id() == entryId).findFirst().orElseThrow();
        return new io.certdesk.jobs.EntryDetails(entry, List.of(), Optional.empty(), List.of());
    }

    @Override
    public char[] exportPassword(WorkspaceSession session, long entryId, char[] passphrase) {
        throw notHere();
    }

    private static UnsupportedOperationException notHere() {
        return new UnsupportedOperationException("not used by the workbench tests");
    }

    @Override
    public WorkspaceSession create(Path folder, char[] passphrase, WorkspaceSettings settings) {
        throw notHere();
    }

    @Override
    public RosterPreview preview(Path roster, ImportOptions options, int rows) {
        throw notHere();
    }

    @Override
    public io.certdesk.roster.ImportResult checkRoster(Path roster, ImportOptions options) {
        throw notHere();
    }

    @Override
    public ImportSummary importRoster(WorkspaceSession session, Path roster, ImportOptions options) {
        throw notHere();
    }

    @Override
    public RunSummary run(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel) {
        throw notHere();
    }

    @Override
    public RunSummary retryFailed(WorkspaceSession session, RunOptions options, JobListener listener,
            CancelToken cancel) {
        throw notHere();
    }

    @Override
    public DeliverySummary deliver(WorkspaceSession session, DeliverOptions options, JobListener listener,
            CancelToken cancel) {
        throw notHere();
    }

    @Override
    public List<DeliveryResult> unknownSends(WorkspaceSession session) {
        throw notHere();
    }

    @Override
    public void confirmSend(WorkspaceSession session, String messageId, boolean delivered, String note) {
        confirmed.add(messageId + "=" + delivered);
    }

    @Override
    public int markHandedOver(WorkspaceSession session, Set<Long> entryIds, DeliveryChannel channel, String note) {
        throw notHere();
    }

    @Override
    public HandoutSummary handout(WorkspaceSession session, Path pdf, Optional<Path> font, boolean markHandedOver) {
        throw notHere();
    }

    @Override
    public int resultWorkbook(WorkspaceSession session, Path target) {
        throw notHere();
    }

    @Override
    public void prepareResultWorkbook() {
        // nothing to prepare: this service writes no workbook
    }

    @Override
    public List<Path> copyExports(WorkspaceSession session, Path folder) {
        throw notHere();
    }

    @Override
    public List<Path> copyExports(WorkspaceSession session, Path folder, Set<Long> entryIds) {
        throw notHere();
    }

    @Override
    public List<io.certdesk.workspace.AuditRecord> auditRecords(WorkspaceSession session) {
        throw notHere();
    }

    @Override
    public AuditVerification verifyAudit(WorkspaceSession session) {
        throw notHere();
    }

    @Override
    public int exportAudit(WorkspaceSession session, Path file) {
        throw notHere();
    }

    @Override
    public void storeSmtpPassword(WorkspaceSession session, char[] password) {
        throw notHere();
    }

    @Override
    public void storeProxyPassword(WorkspaceSession session, char[] password) {
        throw notHere();
    }

    @Override
    public io.certdesk.jobs.WorkspaceConfiguration configuration(WorkspaceSession session) {
        throw notHere();
    }

    @Override
    public void configure(WorkspaceSession session, io.certdesk.workspace.WorkspaceSettings settings) {
        throw notHere();
    }

    @Override
    public void configureMail(WorkspaceSession session, io.certdesk.jobs.MailConfiguration mail) {
        throw notHere();
    }

    @Override
    public void configurePortal(WorkspaceSession session, io.certdesk.jobs.PortalSettings portal) {
        throw notHere();
    }

    @Override
    public io.certdesk.jobs.CheckResult testConnection(WorkspaceSession session, io.certdesk.jobs.PortalSettings portal,
            io.certdesk.core.net.ProxySettings proxy) {
        throw notHere();
    }

    @Override
    public io.certdesk.jobs.CheckResult sendTestMail(WorkspaceSession session, io.certdesk.jobs.MailConfiguration mail,
            char[] password, String to) {
        throw notHere();
    }

    @Override
    public java.util.Map<String, String> mailTemplates(WorkspaceSession session) {
        throw notHere();
    }

    @Override
    public io.certdesk.jobs.TemplatePreview previewMailTemplates(WorkspaceSession session,
            java.util.Map<String, String> templates, java.util.OptionalLong entryId, io.certdesk.delivery.DeliveryPart part,
            java.util.Locale language) {
        throw notHere();
    }

    @Override
    public void configureMailTemplates(WorkspaceSession session, java.util.Map<String, String> templates) {
        throw notHere();
    }
}

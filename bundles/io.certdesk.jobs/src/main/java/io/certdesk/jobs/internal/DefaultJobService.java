package io.certdesk.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.CheckResult;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.RenewalPlan;
import io.certdesk.jobs.EntryDetails;
import io.certdesk.jobs.HandoutSummary;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.PortalSettings;
import io.certdesk.jobs.RosterPreview;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceConfiguration;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.roster.Finding;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.ResultWorkbookWriter;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.roster.RowStatus;
import io.certdesk.roster.TemporaryFiles;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.Workspaces;

/** The {@link JobService}: the roster reader, the workspace and its pipeline, the portal client, delivery. */
@Component(service = JobService.class)
public final class DefaultJobService implements JobService {

    private final RosterReader reader;
    private final Pkcs12Engine engine;
    private final Clock clock;
    private final Deliveries deliveries;
    private final DeliveryConfiguration.Source deliveryConfiguration = w -> DeliveryConfiguration.of(w.folder());

    @Activate
    public DefaultJobService(@Reference RosterReader reader, @Reference Pkcs12Engine engine) {
        this(reader, engine, Clock.systemDefaultZone());
    }

    public DefaultJobService(RosterReader reader, Pkcs12Engine engine, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader"); //$NON-NLS-1$
        this.engine = Objects.requireNonNull(engine, "engine"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.deliveries = new Deliveries(clock);
    }

    @Override
    public WorkspaceSession create(Path folder, char[] passphrase, WorkspaceSettings settings) throws JobException {
        if (settings.portalProfile().isPresent()) {
            WorkspaceConfigurations.portalProfile(folder, settings); // readable before anything is created
        }
        try {
            return new Session(Workspaces.create(folder, passphrase, settings, clock));
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public WorkspaceSession open(Path folder, char[] passphrase) throws JobException {
        Workspace workspace;
        try {
            workspace = Workspaces.open(folder, passphrase, clock);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
        Session session = new Session(workspace);
        try {
            WorkspaceConfigurations.adoptLegacyProfile(workspace);
        } catch (JobException e) {
            session.close();
            throw e;
        }
        return session;
    }

    @Override
    public RosterPreview preview(Path roster, ImportOptions options, int rows) throws JobException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, not " + rows); //$NON-NLS-1$
        }
        ImportResult result = read(roster, options);
        try {
            return RosterPreviews.of(result, rows);
        } finally {
            result.clearSecrets();
        }
    }

    @Override
    public ImportResult checkRoster(Path roster, ImportOptions options) throws JobException {
        ImportResult result = read(roster, options);
        result.clearSecrets();
        return result;
    }

    @Override
    public ImportSummary importRoster(WorkspaceSession session, Path roster, ImportOptions options) throws JobException {
        Workspace workspace = Session.of(session);
        ImportResult result = withWorkspaceTemp(workspace, () -> read(roster, options));
        try {
            List<Finding> findings = result.findings();
            List<Integer> rejected = result.entries().stream().filter(e -> e.status() == RowStatus.REJECTED)
                    .map(e -> Integer.valueOf(e.row())).toList();
            io.certdesk.workspace.ImportResult imported = workspace.importEntries(RosterImport.source(roster, result),
                    RosterImport.drafts(result));
            return new ImportSummary(findings, result.summary(), rejected, imported.added().size(),
                    imported.alreadyPresent().size());
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } finally {
            result.clearSecrets();
        }
    }

    /** Runs POI work with its temporary files in the workspace's own owner-only folder. */
    static <T> T withWorkspaceTemp(Workspace workspace, TemporaryFiles.Work<T, JobException> work) throws JobException {
        try {
            return TemporaryFiles.in(workspace.temporaryFolder(), work);
        } catch (IOException e) {
            throw new JobException(ErrorCode.STORE_CANNOT_WRITE, workspace.temporaryFolder() + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private ImportResult read(Path roster, ImportOptions options) throws JobException {
        try {
            return reader.read(Objects.requireNonNull(roster, "roster"), Objects.requireNonNull(options, "options")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RosterException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public RunSummary run(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel)
            throws JobException {
        return pipeline(session, options, listener, cancel, false);
    }

    @Override
    public RunSummary retryFailed(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel)
            throws JobException {
        return pipeline(session, options, listener, cancel, true);
    }

    private RunSummary pipeline(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel,
            boolean retry) throws JobException {
        engine.prepare(); // its provider starts while the portal client connects and the first files download
        return PipelineRun.run(Session.of(session), engine, deliveryConfiguration, options, listener, cancel, retry);
    }

    @Override
    public DeliverySummary deliver(WorkspaceSession session, DeliverOptions options, JobListener listener,
            CancelToken cancel) throws JobException {
        return deliveries.deliver(Session.of(session), options, listener, cancel);
    }

    @Override
    public List<DeliveryResult> unknownSends(WorkspaceSession session) throws JobException {
        return deliveries.unknownSends(Session.of(session));
    }

    @Override
    public void confirmSend(WorkspaceSession session, String messageId, boolean delivered, String note)
            throws JobException {
        deliveries.confirm(Session.of(session), messageId, delivered, note);
    }

    @Override
    public int markHandedOver(WorkspaceSession session, Set<Long> entryIds, DeliveryChannel channel, String note)
            throws JobException {
        return deliveries.markHandedOver(Session.of(session), entryIds, channel, note);
    }

    @Override
    public HandoutSummary handout(WorkspaceSession session, Path pdf, Optional<Path> font, boolean markHandedOver)
            throws JobException {
        return deliveries.handout(Session.of(session), pdf, font, markHandedOver);
    }

    @Override
    public void prepareResultWorkbook() {
        ResultWorkbookWriter.prepare();
    }

    @Override
    public int resultWorkbook(WorkspaceSession session, Path target) throws JobException {
        return deliveries.resultWorkbook(Session.of(session), target);
    }

    @Override
    public List<Path> copyExports(WorkspaceSession session, Path folder) throws JobException {
        return copyExports(folder, () -> Session.of(session).copyExports(folder));
    }

    @Override
    public List<Path> copyExports(WorkspaceSession session, Path folder, Set<Long> entryIds) throws JobException {
        Objects.requireNonNull(entryIds, "entryIds"); //$NON-NLS-1$
        return copyExports(folder, () -> Session.of(session).copyExports(folder, entryIds));
    }

    /** Runs {@code copy} into {@code folder}, which is made owner-only first when it does not exist. */
    private static List<Path> copyExports(Path folder, ExportCopy copy) throws JobException {
        try {
            if (!Files.exists(folder)) {
                OwnerOnly.directory(folder);
            }
            return copy.run();
        } catch (IOException e) {
            throw new JobException(ErrorCode.STORE_CANNOT_WRITE, folder + ": " + e.getMessage(), e); //$NON-NLS-1$
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    /** A copy of exported files by the workspace. */
    private interface ExportCopy {
        List<Path> run() throws WorkspaceException;
    }

    @Override
    public List<AuditRecord> auditRecords(WorkspaceSession session) throws JobException {
        try {
            return Session.of(session).auditRecords();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public WorkspaceStatus status(WorkspaceSession session) throws JobException {
        Workspace workspace = Session.of(session);
        try {
            List<DeliveryResult> unknown = workspace.deliveryLedger().listUnknown();
            List<Entry> entries = workspace.entries();
            return new WorkspaceStatus(workspace.settings(), entries, workspace.counts(), workspace.window(),
                    workspace.renewals(), unknown, PendingPasswords.of(entries, workspace.deliveryLedger().all()));
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public RenewalPlan renewalPlan(WorkspaceSession session, int days) throws JobException {
        WorkspaceStatus status = status(session);
        return RenewalPlan.of(status.renewals(), status.settings().renewalWindowDays(), clock.instant(), clock.getZone(),
                days);
    }

    @Override
    public EntryDetails details(WorkspaceSession session, long entryId) throws JobException {
        return EntryDetailsReader.read(Session.of(session), entryId);
    }

    @Override
    public char[] exportPassword(WorkspaceSession session, long entryId, char[] passphrase) throws JobException {
        return EntryDetailsReader.exportPassword(Session.of(session), entryId,
                Objects.requireNonNull(passphrase, "passphrase")); //$NON-NLS-1$
    }

    @Override
    public AuditVerification verifyAudit(WorkspaceSession session) throws JobException {
        try {
            return Session.of(session).verifyAudit();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public int exportAudit(WorkspaceSession session, Path file) throws JobException {
        try {
            Workspace workspace = Session.of(session);
            workspace.exportAudit(file);
            return workspace.auditRecords().size();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public void storeProxyPassword(WorkspaceSession session, char[] password) throws JobException {
        try {
            Session.of(session).storeSecret(PROXY_PASSWORD_SECRET, password);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public WorkspaceConfiguration configuration(WorkspaceSession session) throws JobException {
        return WorkspaceConfigurations.read(Session.of(session));
    }

    @Override
    public void configure(WorkspaceSession session, WorkspaceSettings settings) throws JobException {
        WorkspaceConfigurations.write(Session.of(session), Objects.requireNonNull(settings, "settings")); //$NON-NLS-1$
    }

    @Override
    public void configureMail(WorkspaceSession session, MailConfiguration mail) throws JobException {
        WorkspaceConfigurations.writeMail(Session.of(session), Objects.requireNonNull(mail, "mail")); //$NON-NLS-1$
    }

    @Override
    public void storeSmtpPassword(WorkspaceSession session, char[] password) throws JobException {
        try {
            Session.of(session).storeSecret(MailSettingsFile.SMTP_PASSWORD, password);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public void configurePortal(WorkspaceSession session, PortalSettings portal) throws JobException {
        SettingsChecks.configurePortal(Session.of(session), Objects.requireNonNull(portal, "portal")); //$NON-NLS-1$
    }

    @Override
    public CheckResult testConnection(WorkspaceSession session, PortalSettings portal, ProxySettings proxy)
            throws JobException {
        return SettingsChecks.testConnection(Session.of(session), Objects.requireNonNull(portal, "portal"), //$NON-NLS-1$
                Objects.requireNonNull(proxy, "proxy")); //$NON-NLS-1$
    }

    @Override
    public CheckResult sendTestMail(WorkspaceSession session, MailConfiguration mail, char[] password, String to)
            throws JobException {
        return SettingsChecks.sendTestMail(Session.of(session), Objects.requireNonNull(mail, "mail"), password, //$NON-NLS-1$
                Objects.requireNonNull(to, "to")); //$NON-NLS-1$
    }

    @Override
    public Map<String, String> mailTemplates(WorkspaceSession session) throws JobException {
        return MailTemplateEditing.read(Session.of(session));
    }

    @Override
    public io.certdesk.jobs.TemplatePreview previewMailTemplates(WorkspaceSession session, Map<String, String> templates,
            java.util.OptionalLong entryId, io.certdesk.delivery.DeliveryPart part, java.util.Locale language)
            throws JobException {
        return MailTemplateEditing.preview(Session.of(session), Map.copyOf(templates), entryId, part, language);
    }

    @Override
    public void configureMailTemplates(WorkspaceSession session, Map<String, String> templates) throws JobException {
        MailTemplateEditing.save(Session.of(session), Map.copyOf(templates));
    }
}

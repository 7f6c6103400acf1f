package io.certdesk.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * What an administrator does with CertDesk, for every face: the commands and the workbench call this service and
 * nothing else to run the job (roster import, download, verify, export, delivery, handover, result workbook,
 * status, audit). Registered as an OSGi DS service; outside OSGi use {@link JobServices#create}.
 * <p>
 * Every operation is headless and prints nothing; failures are {@link JobException}s with the engine's error code
 * and message. Operations on one {@link WorkspaceSession} must not overlap. Passwords and passphrases are
 * {@code char[]}: the service copies what it keeps and the caller wipes its own array.
 */
public interface JobService {

    /** The workspace's mail settings file (nothing secret in it). */
    String MAIL_SETTINGS_FILE = "delivery.properties"; //$NON-NLS-1$

    /** The name of the workspace secret holding the SMTP login password. */
    String SMTP_PASSWORD_SECRET = "smtp.password"; //$NON-NLS-1$

    /** The mail templates the workbench edits: the file and password mails, Japanese and English. */
    List<String> MAIL_TEMPLATES = List.of("file-mail.ja.txt", "file-mail.en.txt", "password-mail.ja.txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "password-mail.en.txt"); //$NON-NLS-1$

    /** The name of the workspace secret holding the proxy password. */
    String PROXY_PASSWORD_SECRET = WorkspaceSettings.PROXY_PASSWORD_SECRET;

    /**
     * The usual name of a portal profile kept inside the workspace folder (the demo writes one). A workspace of an
     * earlier version that holds this file and names no profile in its settings is given it when it opens.
     */
    String WORKSPACE_PROFILE = "portal-profile.properties"; //$NON-NLS-1$

    /**
     * Creates a workspace in an empty or missing folder (owner-only) and opens it. A portal profile the settings name
     * must be readable: it is checked before anything is created.
     */
    WorkspaceSession create(Path folder, char[] passphrase, WorkspaceSettings settings) throws JobException;

    /** Opens a workspace. */
    WorkspaceSession open(Path folder, char[] passphrase) throws JobException;

    /** Reads a roster without importing it: detected mapping, findings and the first {@code rows} rows, masked. */
    RosterPreview preview(Path roster, ImportOptions options, int rows) throws JobException;

    /**
     * Reads a roster as an import would, without importing it: the reader's whole result (mapping, every finding,
     * the rows and their verdicts), its retrieval passwords already wiped. For a full check report.
     */
    ImportResult checkRoster(Path roster, ImportOptions options) throws JobException;

    /** Imports the accepted and warned rows of a roster; rejected rows are reported and left out. */
    ImportSummary importRoster(WorkspaceSession session, Path roster, ImportOptions options) throws JobException;

    /**
     * Runs the stages for the chosen entries: download from the portal, verify, export. Resumable: entries continue
     * from their state and nothing is downloaded twice. Returns when every planned entry is done or the run was
     * cancelled; a storage failure is in the summary.
     */
    RunSummary run(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel)
            throws JobException;

    /** Like {@link #run}, after moving the chosen failed entries back to the state they failed from. */
    RunSummary retryFailed(WorkspaceSession session, RunOptions options, JobListener listener, CancelToken cancel)
            throws JobException;

    /**
     * Delivers the exported entries (file and/or password, or a dry run into the outbox); entries whose file and
     * password were both handed over move to DELIVERED and DONE. Nothing is sent twice. Cancelling stops after the
     * message in progress.
     */
    DeliverySummary deliver(WorkspaceSession session, DeliverOptions options, JobListener listener, CancelToken cancel)
            throws JobException;

    /** Sends whose outcome is unknown (the connection broke after the message was handed to the server). */
    List<DeliveryResult> unknownSends(WorkspaceSession session) throws JobException;

    /**
     * Settles an unknown send: {@code delivered} confirms it, otherwise the next delivery sends it again. The note goes
     * to the delivery ledger.
     */
    void confirmSend(WorkspaceSession session, String messageId, boolean delivered, String note) throws JobException;

    /**
     * Records that the passwords of these exported entries were handed over by {@code channel} (handout, manual),
     * with a note for the audit log; settles entries whose file went too. Returns how many were recorded.
     */
    int markHandedOver(WorkspaceSession session, Set<Long> entryIds, DeliveryChannel channel, String note)
            throws JobException;

    /**
     * Writes the printable password handout (PDF) for the entries whose password goes by handout, optionally
     * recording them as handed over. The font is a Japanese TrueType font; empty: found on the system.
     */
    HandoutSummary handout(WorkspaceSession session, Path pdf, Optional<Path> font, boolean markHandedOver)
            throws JobException;

    /** Writes the result workbook ({@code target} must not exist); returns the rows written. */
    int resultWorkbook(WorkspaceSession session, Path target) throws JobException;

    /**
     * Gets the result workbook's writer ready on a background thread (its classes take some 0.4 s to load), for a
     * caller that will ask for {@link #resultWorkbook} after a run: the run's work and this overlap.
     */
    void prepareResultWorkbook();

    /** Copies the exported PKCS#12 files into a folder (owner-only); returns the copies. */
    List<Path> copyExports(WorkspaceSession session, Path folder) throws JobException;

    /**
     * Copies the exported PKCS#12 files of these entries (workspace ids) into a folder (owner-only); entries not
     * exported are left out. Returns the copies.
     */
    List<Path> copyExports(WorkspaceSession session, Path folder, Set<Long> entryIds) throws JobException;

    /** The workspace at a glance: counts per state, windows at risk, renewals, unknown sends. */
    WorkspaceStatus status(WorkspaceSession session) throws JobException;

    /**
     * The renewal planner: the certificates whose renewal window is open or opens within {@code days} days, grouped
     * by date (see {@link RenewalPlan}); write it with {@link RenewalCalendar} and {@link RenewalList}. Built from
     * {@link #status(WorkspaceSession)} and its renewal window; this default uses the system clock and time zone,
     * the workspace service its own clock.
     *
     * @param days how far ahead to look, 1 to {@value RenewalPlan#MAX_DAYS}
     * @throws IllegalArgumentException when {@code days} is out of range
     */
    default RenewalPlan renewalPlan(WorkspaceSession session, int days) throws JobException {
        WorkspaceStatus status = status(session);
        return RenewalPlan.of(status.renewals(), status.settings().renewalWindowDays(), java.time.Instant.now(),
                java.time.ZoneId.systemDefault(), days);
    }

    /**
     * Everything kept about one entry: its state changes with their times, the chain and verdict of its latest
     * verification, and per part (file, password) the channel, the delivery ledger's records and a preview of the
     * mail (the password masked). Reads only.
     */
    EntryDetails details(WorkspaceSession session, long entryId) throws JobException;

    /**
     * The export password of an exported entry, after checking the workspace passphrase again (a wrong one is refused
     * with {@code STORE_WRONG_PASSPHRASE}, 307). Both outcomes are recorded in the audit log (never the password).
     * The caller wipes the returned array and its own passphrase.
     */
    char[] exportPassword(WorkspaceSession session, long entryId, char[] passphrase) throws JobException;

    /** Checks the hash chain of the audit log. */
    AuditVerification verifyAudit(WorkspaceSession session) throws JobException;

    /** The audit log's records, oldest first. */
    List<AuditRecord> auditRecords(WorkspaceSession session) throws JobException;

    /** Writes the audit log to a file (must not exist); returns the records written. */
    int exportAudit(WorkspaceSession session, Path file) throws JobException;

    /** Stores the SMTP login password, encrypted, in the workspace. */
    void storeSmtpPassword(WorkspaceSession session, char[] password) throws JobException;

    /** Stores the proxy password (Basic authentication), encrypted, in the workspace. */
    void storeProxyPassword(WorkspaceSession session, char[] password) throws JobException;

    /**
     * The workspace's whole configuration: every operation of this service that downloads, verifies, exports or
     * delivers uses exactly this (the portal profile, proxy, trust anchors, password policy, mail settings...).
     */
    WorkspaceConfiguration configuration(WorkspaceSession session) throws JobException;

    /**
     * Replaces the settings the workspace database keeps (export, renewal days, at-risk margin, password policy,
     * trust anchors, proxy, portal profile file) and records the change in the audit log. A portal profile must be
     * readable; a relative profile file is resolved against the workspace folder.
     */
    void configure(WorkspaceSession session, WorkspaceSettings settings) throws JobException;

    /** Writes the workspace's mail settings ({@value #MAIL_SETTINGS_FILE}, owner-only) and records it in the audit log. */
    void configureMail(WorkspaceSession session, MailConfiguration mail) throws JobException;

    /**
     * Writes the portal part of the workspace's portal profile: the profile file the settings name (else
     * {@value #WORKSPACE_PROFILE} in the workspace folder, then named in the settings) gets the base URL, the TLS CA
     * files, the issuing CA files and the expected root; its other entries stay. Recorded in the audit log.
     */
    void configurePortal(WorkspaceSession session, PortalSettings portal) throws JobException;

    /**
     * Checks that the portal can be reached as a download would reach it, through {@code proxy}: a proxy with a user
     * and no password uses the stored proxy password. Sends no certificate number or password; takes at most the
     * download deadline. The result is success or the catalogue code (for example 105 for proxy credentials the
     * proxy refused, 114 for an untrusted TLS certificate). The caller closes {@code proxy}.
     */
    CheckResult testConnection(WorkspaceSession session, PortalSettings portal, ProxySettings proxy) throws JobException;

    /**
     * Sends one test mail to {@code to} with {@code mail}'s server and sender, now (no ledger entry). {@code password}
     * is the SMTP login password; empty: the stored one. The result is success with the server's reply, or the
     * catalogue code (401 settings, 402 connect, 403 TLS, 404 login, 405/406 refused). The caller wipes its array.
     */
    CheckResult sendTestMail(WorkspaceSession session, MailConfiguration mail, char[] password, String to)
            throws JobException;

    /**
     * The texts of the {@link #MAIL_TEMPLATES} (file name to text): the workspace's template folder's, else the
     * built-in defaults.
     */
    java.util.Map<String, String> mailTemplates(WorkspaceSession session) throws JobException;

    /**
     * Checks edited templates (file name to text; the others as they are) and renders the mail of an entry with a
     * verified certificate with them, in {@code language}, saving nothing: the findings at their lines, the preview
     * (the password masked) or why there is none. Needs the workspace's mail settings.
     */
    TemplatePreview previewMailTemplates(WorkspaceSession session, java.util.Map<String, String> templates,
            java.util.OptionalLong entryId, io.certdesk.delivery.DeliveryPart part, java.util.Locale language)
            throws JobException;

    /**
     * Saves edited templates into the workspace's {@code templates} folder (owner-only) and names it in the mail
     * settings (recorded in the audit log). Needs the workspace's mail settings.
     */
    void configureMailTemplates(WorkspaceSession session, java.util.Map<String, String> templates) throws JobException;
}

package io.certdesk.delivery;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.internal.Addresses;
import io.certdesk.delivery.internal.BatchRunner;
import io.certdesk.delivery.internal.MailRenderer;
import io.certdesk.delivery.internal.MailTemplates;
import io.certdesk.delivery.internal.PreflightChecks;
import io.certdesk.delivery.internal.Messages;
import io.certdesk.delivery.internal.RenderedMail;
import io.certdesk.delivery.internal.SmtpConnection;
import org.eclipse.osgi.util.NLS;

/**
 * Delivers certificate files and their passwords through separate channels: the entry point of the delivery
 * bundle. One engine per batch configuration (settings, ledger, audit); {@link #deliver} runs a batch,
 * {@link #preview} renders a mail without sending, {@link #unknownSends()} and {@link #confirm} settle sends
 * whose outcome is unknown.
 */
public final class DeliveryEngine {

    private final DeliverySettings settings;
    private final DeliveryLedger ledger;
    private final DeliveryAudit audit;
    private final Clock clock;
    private final Sleeper sleeper;

    public DeliveryEngine(DeliverySettings settings, DeliveryLedger ledger, DeliveryAudit audit) {
        this(settings, ledger, audit, Clock.systemUTC(), Sleeper.system());
    }

    /** With the clock and sleeper that pace the batch (tests pass a virtual clock). */
    public DeliveryEngine(DeliverySettings settings, DeliveryLedger ledger, DeliveryAudit audit, Clock clock,
            Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
        this.audit = Objects.requireNonNull(audit, "audit"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper"); //$NON-NLS-1$
    }

    /** Checks the settings that do not need the network: host, port, pace, sender, clear text only to loopback. */
    public void checkSettings() throws DeliveryException {
        check(settings);
    }

    private static void check(DeliverySettings settings) throws DeliveryException {
        SmtpSettings smtp = settings.smtp();
        String label = Messages.settingsLabel;
        if (smtp.host().isEmpty()) {
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, label, Messages.hostMissing);
        }
        if (smtp.port() < 1 || smtp.port() > 65535) {
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, label,
                    NLS.bind(Messages.portInvalid, smtp.port()));
        }
        if (settings.ratePerMinute() < 1 || settings.maxAttempts() < 1 || settings.passwordMailDelay().isNegative()
                || settings.retryBackoff().isNegative()) {
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, label, Messages.paceInvalid);
        }
        if (smtp.security() == SmtpSecurity.NONE_LOOPBACK_ONLY) {
            SmtpConnection.requireLoopback(smtp);
        }
        Addresses.parse(settings.from(), "From", label); //$NON-NLS-1$
        if (!settings.replyTo().isEmpty()) {
            Addresses.parse(settings.replyTo(), "Reply-To", label); //$NON-NLS-1$
        }
        if (!settings.bcc().isEmpty()) {
            Addresses.parse(settings.bcc(), "Bcc", label); //$NON-NLS-1$
        }
    }

    /**
     * What would stop the delivery of {@code items} with {@code options}, checked before anything is downloaded or
     * sent, with the batch's own rules: sender and SMTP settings (when a part goes by mail and is really sent), the
     * templates, and per row the mail addresses, the same-mailbox rule and unsafe characters. Rows sharing a problem
     * are one finding naming them. Attachments and passwords are not read (the items may not be exported yet).
     */
    public List<PreflightFinding> preflight(List<DeliveryItem> items, DeliveryOptions options) throws DeliveryException {
        Objects.requireNonNull(items, "items"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        return new PreflightChecks(settings).check(items, options, this::checkSettings, checkTemplates());
    }

    /**
     * The text of a template file as a batch would use it: the file in {@code folder} when it has one, else the
     * built-in default (for editing). The file names are those of {@link #templateFiles(String)}.
     */
    public static String templateText(Optional<Path> folder, String file) throws DeliveryException {
        if (!MailTemplates.fileNames("ja").contains(file) && !MailTemplates.fileNames("en").contains(file)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException("not a template file: " + file); //$NON-NLS-1$
        }
        return MailTemplates.text(file, Objects.requireNonNull(folder, "folder")); //$NON-NLS-1$
    }

    /** The names of every template file of a language ({@code ja} or {@code en}), the file and password mails first. */
    public static List<String> templateFiles(String language) {
        return MailTemplates.fileNames(language);
    }

    /** Problems in the templates (unknown placeholders, missing subject...), empty when all is well. */
    public List<TemplateFinding> checkTemplates() throws DeliveryException {
        return MailTemplates.load(settings.locale(), settings.templateFolder()).findings();
    }

    /**
     * Renders one mail as text without sending. The password mail shows the password masked.
     */
    public MailPreview preview(DeliveryItem item, DeliveryPart part) throws DeliveryException {
        Objects.requireNonNull(item, "item"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        MailTemplates templates = MailTemplates.load(settings.locale(), settings.templateFolder());
        templates.requireValid();
        MailRenderer renderer = new MailRenderer(templates, settings);
        RenderedMail mail;
        String to;
        if (part == DeliveryPart.FILE) {
            mail = renderer.renderFileMail(item);
            to = Addresses.parse(item.email(), Messages.fieldEmail, item.label()).getAddress();
        } else {
            char[] mask = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022".toCharArray(); //$NON-NLS-1$
            mail = renderer.renderPasswordMail(item, mask);
            to = item.passwordRecipient();
        }
        String charset = settings.charset().forText(mail.subject()).mimeName();
        return new MailPreview(part, settings.from(), to, mail.subject(), mail.body(), mail.attachmentName(), charset);
    }

    /**
     * Runs a batch over the items. Parts already delivered are skipped, parts whose earlier send is unknown are
     * listed for confirmation and never resent. Fails as a whole only for invalid settings or templates and when
     * the ledger cannot be written; everything else is a result per part.
     */
    public DeliveryReport deliver(List<DeliveryItem> items, DeliveryOptions options, DeliveryListener listener,
            DeliveryControl control) throws DeliveryException {
        Objects.requireNonNull(items, "items"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
        Objects.requireNonNull(control, "control"); //$NON-NLS-1$
        if (!options.dryRun()) {
            checkSettings();
        }
        MailTemplates templates = MailTemplates.load(settings.locale(), settings.templateFolder());
        templates.requireValid();
        MailRenderer renderer = new MailRenderer(templates, settings);
        // Jakarta Activation finds the mail content handlers (META-INF/mailcap of Angus Mail) through the context
        // class loader: inside OSGi that must be Angus Mail's own, or multipart messages cannot be written.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
        try {
            return new BatchRunner(settings, ledger, audit, clock, sleeper, renderer, listener, control).run(items, options);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Records that the administrator handed the password over in person (or on a printed handout). */
    public void recordHandover(DeliveryItem item, DeliveryChannel channel, String note) throws DeliveryException {
        Objects.requireNonNull(item, "item"); //$NON-NLS-1$
        if (channel == DeliveryChannel.MAIL) {
            throw new IllegalArgumentException("mail is not a hand-over"); //$NON-NLS-1$
        }
        ledger.recordHandover(item.entryId(), channel, note);
        audit.record(new DeliveryResult(clock.instant(), item.entryId(), item.label(), DeliveryPart.PASSWORD, channel,
                DeliveryState.HANDED_OVER, "", "", null, note)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Sends whose outcome is unknown, for the administrator to confirm (after {@link DeliveryLedger#recoverInterrupted()}). */
    public List<DeliveryResult> unknownSends() throws DeliveryException {
        ledger.recoverInterrupted();
        return ledger.listUnknown();
    }

    /** The administrator's answer for an unknown send: delivered, or to be sent again by the next batch. */
    public void confirm(String messageId, boolean delivered, String note) throws DeliveryException {
        DeliveryResult record = ledger.find(messageId).orElse(null);
        ledger.confirm(messageId, delivered, note);
        if (record != null) {
            audit.record(new DeliveryResult(Instant.now(clock), record.entryId(), null, record.part(), record.channel(),
                    delivered ? DeliveryState.CONFIRMED : DeliveryState.RESEND, record.recipient(), messageId, null,
                    delivered ? "delivered" : "resend")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Sends one plain text mail to {@code to} with these settings, now: the check an administrator runs after
     * entering the mail server ("send a test mail to me"). Nothing goes to a ledger or the audit log. The settings
     * are checked first ({@link #checkSettings()}); then connecting, TLS and authentication fail with their codes
     * (402, 403, 404), a refusal with 405 (5xx) or 406 (4xx), a connection that broke after DATA with 412.
     *
     * @return the server's reply to the message (for example {@code 250 OK})
     */
    public static String sendTestMail(DeliverySettings settings, String to, String subject, String body)
            throws DeliveryException {
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        check(settings);
        String label = Messages.settingsLabel;
        jakarta.mail.internet.InternetAddress recipient = Addresses.parse(Objects.requireNonNull(to, "to"), "To", label); //$NON-NLS-1$ //$NON-NLS-2$
        jakarta.mail.internet.InternetAddress from = Addresses.withName(Addresses.parse(settings.from(), "From", label), //$NON-NLS-1$
                settings.fromName(), settings.charset());
        jakarta.mail.Session session = SmtpConnection.session(settings.smtp(), from.getAddress());
        try (SmtpConnection connection = SmtpConnection.open(settings.smtp(), session)) {
            jakarta.mail.internet.MimeMessage message;
            try {
                message = new io.certdesk.delivery.internal.MessageBuilder(settings, session).build(
                        io.certdesk.delivery.internal.MessageIds.create(Addresses.domainOf(from)), from, recipient,
                        new RenderedMail(subject, body, ""), null, Instant.now()); //$NON-NLS-1$
            } catch (jakarta.mail.MessagingException e) {
                throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, label, e.getMessage(), e);
            }
            io.certdesk.delivery.internal.SendOutcome outcome = connection.send(message,
                    new jakarta.mail.Address[] { recipient });
            return switch (outcome.kind()) {
                case ACCEPTED -> outcome.reply();
                case TRANSIENT -> throw new DeliveryException(ErrorCode.DELIVERY_DEFERRED, to, outcome.reply());
                case PERMANENT -> throw new DeliveryException(ErrorCode.DELIVERY_REJECTED, to, outcome.reply());
                case UNKNOWN -> throw new DeliveryException(ErrorCode.DELIVERY_STATE_UNKNOWN, to, outcome.reply());
            };
        }
    }

    /** Clears the settings' SMTP password (call when the engine is no longer needed). */
    public void clearSecrets() {
        settings.smtp().clear();
    }
}

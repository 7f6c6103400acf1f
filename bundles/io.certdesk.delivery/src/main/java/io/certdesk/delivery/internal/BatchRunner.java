package io.certdesk.delivery.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.Sleeper;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.osgi.util.NLS;

/**
 * Runs one batch: decides per part what to do from the ledger (never twice), sends file mails first over one
 * connection at the configured pace, retries 4xx answers with a growing back-off, and sends each password
 * mail only after its file mail was accepted and the delay has passed. A dry run writes {@code .eml} files.
 */
public final class BatchRunner {

    private static final Duration MAX_SLICE = Duration.ofSeconds(1);

    private final DeliverySettings settings;
    private final DeliveryLedger ledger;
    private final DeliveryAudit audit;
    private final Clock clock;
    private final Sleeper sleeper;
    private final MailRenderer renderer;
    private final DeliveryListener listener;
    private final DeliveryControl control;
    private ItemMessages messages;

    private final Map<Long, Job> waitingPasswords = new HashMap<>();
    private BatchOutcomes outcomes;
    private InternetAddress from;
    private InternetAddress bcc;
    private SmtpConnection connection;
    private Session session;

    public BatchRunner(DeliverySettings settings, DeliveryLedger ledger, DeliveryAudit audit, Clock clock,
            Sleeper sleeper, MailRenderer renderer, DeliveryListener listener, DeliveryControl control) {
        this.settings = settings;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.sleeper = sleeper;
        this.renderer = renderer;
        this.listener = listener;
        this.control = control;
    }

    public DeliveryReport run(List<DeliveryItem> items, DeliveryOptions options) throws DeliveryException {
        HeaderGuard.requireSafe(settings.fromName(), "From", Messages.settingsLabel); //$NON-NLS-1$
        from = Addresses.parse(settings.from(), "From", Messages.settingsLabel); //$NON-NLS-1$
        messages = new ItemMessages(settings, renderer, clock, Addresses.withName(from, settings.fromName(),
                settings.charset()));
        bcc = settings.bcc().isEmpty() ? null : Addresses.parse(settings.bcc(), "Bcc", Messages.settingsLabel); //$NON-NLS-1$
        if (!settings.replyTo().isEmpty()) {
            Addresses.parse(settings.replyTo(), "Reply-To", Messages.settingsLabel); //$NON-NLS-1$
        }
        int total = items.size() * options.parts().size();
        outcomes = new BatchOutcomes(audit, listener, clock, total);
        listener.started(total);
        if (!options.dryRun()) {
            int interrupted = ledger.recoverInterrupted();
            if (interrupted > 0) {
                outcomes.warn(Messages.settingsLabel, NLS.bind(Messages.interruptedSendsFound, interrupted));
            }
        }
        List<Job> jobs = plan(items, options);
        try {
            execute(jobs, options);
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return outcomes.report();
    }

    private List<Job> plan(List<DeliveryItem> items, DeliveryOptions options) throws DeliveryException {
        Instant now = clock.instant();
        List<Job> jobs = new ArrayList<>();
        List<Job> passwordJobs = new ArrayList<>();
        Map<Long, Job> fileJobs = new HashMap<>();
        for (DeliveryItem item : items) {
            if (options.parts().contains(DeliveryPart.FILE)) {
                planFile(item, options, now).ifPresent(job -> {
                    jobs.add(job);
                    fileJobs.put(item.entryId(), job);
                });
            }
        }
        for (DeliveryItem item : items) {
            if (options.parts().contains(DeliveryPart.PASSWORD)) {
                planPassword(item, options, now, fileJobs.get(item.entryId())).ifPresent(passwordJobs::add);
            }
        }
        jobs.addAll(passwordJobs);
        return jobs;
    }

    private Optional<Job> planFile(DeliveryItem item, DeliveryOptions options, Instant now) throws DeliveryException {
        if (item.fileChannel() == DeliveryChannel.MANUAL) {
            outcomes.settle(item, DeliveryPart.FILE, DeliveryChannel.MANUAL, DeliveryState.MANUAL_PENDING, "", null, ""); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
        if (!options.dryRun() && alreadySettled(item, DeliveryPart.FILE)) {
            return Optional.empty();
        }
        try {
            InternetAddress to = Addresses.parse(item.email(), Messages.fieldEmail, item.label());
            renderer.renderFileMail(item);
            messages.requireAttachment(item);
            return Optional.of(new Job(item, DeliveryPart.FILE, to, now));
        } catch (DeliveryException e) {
            outcomes.fail(item, DeliveryPart.FILE, item.email(), "", e); //$NON-NLS-1$
            return Optional.empty();
        }
    }

    private Optional<Job> planPassword(DeliveryItem item, DeliveryOptions options, Instant now, Job fileJob)
            throws DeliveryException {
        DeliveryChannel channel = item.passwordChannel();
        if (channel != DeliveryChannel.MAIL) {
            Optional<DeliveryResult> latest = options.dryRun() ? Optional.empty()
                    : ledger.latest(item.entryId(), DeliveryPart.PASSWORD);
            if (latest.isPresent() && latest.get().state().delivered()) {
                outcomes.settle(item, DeliveryPart.PASSWORD, channel, DeliveryState.ALREADY_DELIVERED, "", //$NON-NLS-1$
                        latest.get().messageId(), latest.get().detail());
            } else {
                outcomes.settle(item, DeliveryPart.PASSWORD, channel, channel == DeliveryChannel.HANDOUT
                        ? DeliveryState.HANDOUT_PENDING : DeliveryState.MANUAL_PENDING, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return Optional.empty();
        }
        if (!options.dryRun() && alreadySettled(item, DeliveryPart.PASSWORD)) {
            return Optional.empty();
        }
        InternetAddress to;
        try {
            to = Addresses.parse(item.passwordRecipient(), Messages.fieldPasswordRecipient, item.label());
            if (item.fileChannel() == DeliveryChannel.MAIL) {
                refuseSameMailbox(item, item.email(), Messages.sameMailboxRefused, Messages.sameMailboxWarning);
                refuseSameMailbox(item, settings.bcc(), Messages.sameMailboxBccRefused, Messages.sameMailboxBccWarning);
            }
        } catch (DeliveryException e) {
            outcomes.fail(item, DeliveryPart.PASSWORD, item.passwordRecipient(), "", e); //$NON-NLS-1$
            return Optional.empty();
        }
        Job job = new Job(item, DeliveryPart.PASSWORD, to, null);
        if (item.fileChannel() != DeliveryChannel.MAIL || options.dryRun()) {
            job.readyAt = now;
        } else if (fileJob != null) {
            waitingPasswords.put(item.entryId(), job);
        } else {
            Optional<DeliveryResult> file = options.dryRun() ? Optional.empty()
                    : ledger.latest(item.entryId(), DeliveryPart.FILE);
            if (file.isEmpty() || !file.get().state().delivered()) {
                outcomes.settle(item, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, DeliveryState.HELD, item.passwordRecipient(),
                        null, Messages.heldFileNotAccepted);
                return Optional.empty();
            }
            Instant due = file.get().time().plus(settings.passwordMailDelay());
            job.readyAt = due.isAfter(now) ? due : now;
        }
        return Optional.of(job);
    }

    /** True when the ledger says the part needs no send now (delivered, or unknown awaiting confirmation). */
    /**
     * The password must not go to a mailbox that also receives the file: the recipient's own (case and
     * plus-addressing aside) or the Bcc that gets a copy of every file mail. Refused unless the settings allow it,
     * and then warned.
     */
    private void refuseSameMailbox(DeliveryItem item, String fileMailbox, String refused, String warning)
            throws DeliveryException {
        if (!Addresses.sameMailbox(fileMailbox, item.passwordRecipient())) {
            return;
        }
        if (!settings.allowSameMailbox()) {
            throw new DeliveryException(ErrorCode.DELIVERY_SAME_MAILBOX, item.label(), NLS.bind(refused, fileMailbox));
        }
        outcomes.warn(item.label(), NLS.bind(warning, fileMailbox));
    }

    private boolean alreadySettled(DeliveryItem item, DeliveryPart part) throws DeliveryException {
        Optional<DeliveryResult> latest = ledger.latest(item.entryId(), part);
        if (latest.isEmpty() || latest.get().state().sendable()) {
            return false;
        }
        DeliveryResult record = latest.get();
        if (record.state().delivered()) {
            outcomes.settle(item, part, record.channel(), DeliveryState.ALREADY_DELIVERED, record.recipient(),
                    record.messageId(), record.detail());
        } else {
            outcomes.settle(item, part, record.channel(), DeliveryState.NEEDS_CONFIRMATION, record.recipient(),
                    record.messageId(), ErrorCode.DELIVERY_STATE_UNKNOWN, Messages.needsConfirmation);
        }
        return true;
    }

    private void execute(List<Job> jobs, DeliveryOptions options) throws DeliveryException {
        List<Job> pending = new ArrayList<>(jobs);
        RateLimiter rate = new RateLimiter(clock, settings.ratePerMinute());
        while (!pending.isEmpty()) {
            if (control.isCancelled()) {
                for (Job job : pending) {
                    outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.CANCELLED, job.to.getAddress(),
                            job.messageId, ErrorCode.CANCELLED, ""); //$NON-NLS-1$
                }
                return;
            }
            Optional<Job> next = pending.stream().filter(j -> j.readyAt != null)
                    .min(Comparator.comparing((Job j) -> j.readyAt));
            if (next.isEmpty()) {
                for (Job job : pending) {
                    outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.HELD, job.to.getAddress(), null,
                            Messages.heldFileNotAccepted);
                }
                return;
            }
            Job job = next.get();
            Instant due = options.dryRun() ? job.readyAt : max(job.readyAt, rate.nextAllowed());
            Instant now = clock.instant();
            if (due.isAfter(now)) {
                Duration wait = Duration.between(now, due);
                pause(wait.compareTo(MAX_SLICE) > 0 ? MAX_SLICE : wait);
                continue;
            }
            pending.remove(job);
            if (options.dryRun()) {
                writeToOutbox(job, options.outbox());
                continue;
            }
            rate.record();
            if (!send(job)) {
                pending.add(job);
            }
            if (connectionFailure != null) {
                for (Job rest : pending) {
                    outcomes.fail(rest.item, rest.part, rest.to.getAddress(), rest.messageId, connectionFailure);
                    releasePassword(rest, false);
                }
                return;
            }
        }
    }

    private DeliveryException connectionFailure;

    /** Sends one job; false when it must be tried again later (4xx with attempts left). */
    private boolean send(Job job) throws DeliveryException {
        if (connection == null || !connection.isConnected()) {
            if (connection != null) {
                connection.close();
            }
            try {
                if (session == null) {
                    session = SmtpConnection.session(settings.smtp(), from.getAddress());
                }
                connection = SmtpConnection.open(settings.smtp(), session);
            } catch (DeliveryException e) {
                connection = null;
                connectionFailure = e;
                outcomes.fail(job.item, job.part, job.to.getAddress(), job.messageId, e);
                releasePassword(job, false);
                return true;
            }
        }
        MimeMessage message;
        String id = job.messageId != null ? job.messageId : MessageIds.create(Addresses.domainOf(from));
        try {
            message = messages.build(job.item, job.part, job.to, id, connection.session());
        } catch (DeliveryException e) {
            if (job.messageId != null) {
                ledger.markFailed(job.messageId, e.code(), e.getMessage());
            }
            outcomes.fail(job.item, job.part, job.to.getAddress(), job.messageId, e);
            releasePassword(job, false);
            return true;
        }
        job.messageId = id;
        ledger.recordIntent(id, job.item.entryId(), job.part, DeliveryChannel.MAIL, job.to.getAddress());
        job.attempts++;
        SendOutcome outcome = connection.send(message, envelope(job));
        String reply = outcome.reply();
        switch (outcome.kind()) {
            case ACCEPTED -> {
                ledger.markAccepted(id, reply);
                outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.ACCEPTED, job.to.getAddress(), id, reply);
                releasePassword(job, true);
                return true;
            }
            case TRANSIENT -> {
                ledger.markDeferred(id, ErrorCode.DELIVERY_DEFERRED, reply);
                if (job.attempts < settings.maxAttempts()) {
                    Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(job.attempts - 1, 10));
                    job.readyAt = clock.instant().plus(backoff);
                    outcomes.warn(job.item.label(), NLS.bind(Messages.retryLater, reply, backoff.toSeconds()));
                    return false;
                }
                outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.DEFERRED, job.to.getAddress(), id,
                        ErrorCode.DELIVERY_DEFERRED, reply);
                releasePassword(job, false);
                return true;
            }
            case PERMANENT -> {
                ledger.markFailed(id, ErrorCode.DELIVERY_REJECTED, reply);
                outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.FAILED, job.to.getAddress(), id,
                        ErrorCode.DELIVERY_REJECTED, reply);
                releasePassword(job, false);
                return true;
            }
            default -> {
                ledger.markUnknown(id, reply);
                connection.close();
                connection = null;
                outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.UNKNOWN, job.to.getAddress(), id,
                        ErrorCode.DELIVERY_STATE_UNKNOWN, reply);
                releasePassword(job, false);
                return true;
            }
        }
    }

    private Address[] envelope(Job job) {
        if (job.part == DeliveryPart.FILE && bcc != null) {
            return new Address[] { job.to, bcc };
        }
        return new Address[] { job.to };
    }

    /** After a file mail settles: its password mail becomes due after the delay, or is held. */
    private void releasePassword(Job job, boolean accepted) {
        if (job.part != DeliveryPart.FILE) {
            return;
        }
        Job password = waitingPasswords.remove(job.item.entryId());
        if (password == null) {
            return;
        }
        if (accepted) {
            password.readyAt = clock.instant().plus(settings.passwordMailDelay());
        } else {
            password.readyAt = null;
        }
    }

    private void writeToOutbox(Job job, Path outbox) throws DeliveryException {
        String id = MessageIds.create(Addresses.domainOf(from));
        try {
            MimeMessage message = messages.build(job.item, job.part, job.to, id, MessageBuilder.offlineSession());
            OwnerOnly.directories(outbox);
            Path target = FileNames.freeName(outbox, FileNames.safeName(job.item.key()) + "-" //$NON-NLS-1$
                    + job.part.name().toLowerCase(java.util.Locale.ROOT), ".eml"); //$NON-NLS-1$
            DurableFiles.write(target, out -> {
                try {
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }, WriteMode.CREATE_NEW);
            outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.WRITTEN, job.to.getAddress(), id,
                    target.toString());
        } catch (DeliveryException e) {
            outcomes.fail(job.item, job.part, job.to.getAddress(), "", e); //$NON-NLS-1$
        } catch (IOException e) {
            outcomes.fail(job.item, job.part, job.to.getAddress(), "", new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, //$NON-NLS-1$
                    outbox.toString(), e.getMessage(), e));
        }
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.cancel();
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

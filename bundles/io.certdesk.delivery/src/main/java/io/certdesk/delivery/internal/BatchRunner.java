package io.certdesk.delivery.internal;

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
import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.Sleeper;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.osgi.util.NLS;

/**
 * Runs one batch: the {@link BatchPlanner} decides per part from the ledger, then the due mails go out in order
 * of readiness at the configured pace ({@link MailSender}, or {@link OutboxRun} for a dry run); a password mail
 * becomes due once its file mail was accepted and the delay has passed, and is held when the file was not.
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
    private final Map<Long, Job> waitingPasswords = new HashMap<>();

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
        InternetAddress from = Addresses.parse(settings.from(), "From", Messages.settingsLabel); //$NON-NLS-1$
        ItemMessages messages = new ItemMessages(settings, renderer, clock, Addresses.withName(from, settings.fromName(),
                settings.charset()));
        InternetAddress bcc = settings.bcc().isEmpty() ? null
                : Addresses.parse(settings.bcc(), "Bcc", Messages.settingsLabel); //$NON-NLS-1$
        if (!settings.replyTo().isEmpty()) {
            Addresses.parse(settings.replyTo(), "Reply-To", Messages.settingsLabel); //$NON-NLS-1$
        }
        int total = items.size() * options.parts().size();
        BatchOutcomes outcomes = new BatchOutcomes(audit, listener, clock, total);
        listener.started(total);
        if (!options.dryRun()) {
            int interrupted = ledger.recoverInterrupted();
            if (interrupted > 0) {
                outcomes.warn(Messages.settingsLabel, NLS.bind(Messages.interruptedSendsFound, interrupted));
            }
        }
        List<Job> jobs = new BatchPlanner(settings, ledger, renderer, messages, outcomes, waitingPasswords)
                .plan(items, options, clock.instant());
        try (MailSender sender = new MailSender(settings, ledger, messages, outcomes, clock, from, bcc)) {
            execute(jobs, options, outcomes, sender, new OutboxWriter(messages, outcomes, from, options.outbox()));
        }
        return outcomes.report();
    }

    private void execute(List<Job> jobs, DeliveryOptions options, BatchOutcomes outcomes, MailSender sender,
            OutboxWriter outbox) throws DeliveryException {
        if (options.dryRun()) {
            new OutboxRun(outbox, outcomes, control).write(jobs);
            return;
        }
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
            Instant due = max(job.readyAt, rate.nextAllowed());
            Instant now = clock.instant();
            if (due.isAfter(now)) {
                Duration wait = Duration.between(now, due);
                pause(wait.compareTo(MAX_SLICE) > 0 ? MAX_SLICE : wait);
                continue;
            }
            pending.remove(job);
            rate.record();
            MailSender.Attempt attempt;
            try {
                attempt = sender.send(job);
            } catch (RuntimeException | Error e) { // NOPMD: one broken part must not end the batch
                attempt = sender.crashed(job, e);
            }
            switch (attempt) {
                case ACCEPTED -> releasePassword(job, true);
                case NOT_ACCEPTED -> releasePassword(job, false);
                case RETRY_LATER -> pending.add(job);
            }
            if (sender.connectionFailure().isPresent()) {
                for (Job rest : pending) {
                    outcomes.fail(rest.item, rest.part, rest.to.getAddress(), rest.messageId, sender.connectionFailure().get());
                    releasePassword(rest, false);
                }
                return;
            }
        }
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
        password.readyAt = accepted ? clock.instant().plus(settings.passwordMailDelay()) : null;
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

package io.certdesk.delivery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliveryState;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.osgi.util.NLS;

/**
 * Decides per part of each item what a batch does, from the ledger (never twice): file mails first, then password
 * mails, each due after its file mail was accepted and the delay has passed. Parts that need no mail (already
 * delivered, unknown, by hand, on the handout, invalid) are settled here and get no {@link Job}.
 */
final class BatchPlanner {

    private final DeliverySettings settings;
    private final DeliveryLedger ledger;
    private final MailRenderer renderer;
    private final ItemMessages messages;
    private final BatchOutcomes outcomes;
    private final Map<Long, Job> waitingPasswords;

    /**
     * @param waitingPasswords filled with the password mails that wait for their file mail of the same batch
     */
    BatchPlanner(DeliverySettings settings, DeliveryLedger ledger, MailRenderer renderer, ItemMessages messages,
            BatchOutcomes outcomes, Map<Long, Job> waitingPasswords) {
        this.settings = settings;
        this.ledger = ledger;
        this.renderer = renderer;
        this.messages = messages;
        this.outcomes = outcomes;
        this.waitingPasswords = waitingPasswords;
    }

    List<Job> plan(List<DeliveryItem> items, DeliveryOptions options, Instant now) throws DeliveryException {
        List<Job> jobs = new ArrayList<>();
        List<Job> passwordJobs = new ArrayList<>();
        Map<Long, Job> fileJobs = new HashMap<>();
        for (DeliveryItem item : items) {
            if (options.parts().contains(DeliveryPart.FILE)) {
                contained(item, DeliveryPart.FILE, () -> planFile(item, options, now)).ifPresent(job -> {
                    jobs.add(job);
                    fileJobs.put(item.entryId(), job);
                });
            }
        }
        for (DeliveryItem item : items) {
            if (options.parts().contains(DeliveryPart.PASSWORD)) {
                contained(item, DeliveryPart.PASSWORD, () -> planPassword(item, options, now, fileJobs.get(item.entryId())))
                        .ifPresent(passwordJobs::add);
            }
        }
        jobs.addAll(passwordJobs);
        return jobs;
    }

    /** Planning one part. */
    @FunctionalInterface
    private interface Planning {
        Optional<Job> plan() throws DeliveryException;
    }

    /**
     * Plans one part; an unexpected exception or {@link Error} (a defect, the stack or heap ran out) fails this part
     * only, with {@link ErrorCode#UNKNOWN}, and the batch goes on.
     */
    private Optional<Job> contained(DeliveryItem item, DeliveryPart part, Planning planning) throws DeliveryException {
        try {
            return planning.plan();
        } catch (RuntimeException | Error e) { // NOPMD: one broken part must not end the batch
            outcomes.fail(item, part, part == DeliveryPart.FILE ? item.email() : item.passwordRecipient(), "", //$NON-NLS-1$
                    Crashes.of(item, e));
            return Optional.empty();
        }
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
            settleHandOver(item, options, channel);
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
            Optional<DeliveryResult> file = ledger.latest(item.entryId(), DeliveryPart.FILE);
            if (file.isEmpty() || !file.get().state().delivered()) {
                outcomes.settle(item, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, DeliveryState.HELD,
                        item.passwordRecipient(), null, Messages.heldFileNotAccepted);
                return Optional.empty();
            }
            Instant due = file.get().time().plus(settings.passwordMailDelay());
            job.readyAt = due.isAfter(now) ? due : now;
        }
        return Optional.of(job);
    }

    /** A password on the handout or by hand: already handed over, or pending with the administrator. */
    private void settleHandOver(DeliveryItem item, DeliveryOptions options, DeliveryChannel channel)
            throws DeliveryException {
        Optional<DeliveryResult> latest = options.dryRun() ? Optional.empty()
                : ledger.latest(item.entryId(), DeliveryPart.PASSWORD);
        if (latest.isPresent() && latest.get().state().delivered()) {
            outcomes.settle(item, DeliveryPart.PASSWORD, channel, DeliveryState.ALREADY_DELIVERED, "", //$NON-NLS-1$
                    latest.get().messageId(), latest.get().detail());
        } else {
            outcomes.settle(item, DeliveryPart.PASSWORD, channel, channel == DeliveryChannel.HANDOUT
                    ? DeliveryState.HANDOUT_PENDING : DeliveryState.MANUAL_PENDING, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

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

    /** True when the ledger says the part needs no send now (delivered, or unknown awaiting confirmation). */
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
}

package io.certdesk.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliveryState;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.osgi.util.NLS;

/**
 * Sends the mails of one batch over one SMTP connection (opened when first needed, reopened after it broke): each
 * message is recorded as an intent in the ledger before it is handed to the server and marked with the answer;
 * a 4xx answer is tried again after a growing back-off while attempts are left.
 */
final class MailSender implements AutoCloseable {

    /** What one attempt came to. */
    enum Attempt {
        /** The server accepted the message. */
        ACCEPTED,
        /** Settled without acceptance: refused, deferred for good, unknown, or not sendable. */
        NOT_ACCEPTED,
        /** A 4xx answer with attempts left: the job is due again at its new {@code readyAt}. */
        RETRY_LATER
    }

    private final DeliverySettings settings;
    private final DeliveryLedger ledger;
    private final ItemMessages messages;
    private final BatchOutcomes outcomes;
    private final Clock clock;
    private final InternetAddress from;
    private final InternetAddress bcc;
    private SmtpConnection connection;
    private Session session;
    private DeliveryException connectionFailure;

    /** @param bcc the address that gets a copy of every file mail, or null */
    MailSender(DeliverySettings settings, DeliveryLedger ledger, ItemMessages messages, BatchOutcomes outcomes,
            Clock clock, InternetAddress from, InternetAddress bcc) {
        this.settings = settings;
        this.ledger = ledger;
        this.messages = messages;
        this.outcomes = outcomes;
        this.clock = clock;
        this.from = from;
        this.bcc = bcc;
    }

    /** The failure that left no connection to the server: the rest of the batch cannot be sent. */
    Optional<DeliveryException> connectionFailure() {
        return Optional.ofNullable(connectionFailure);
    }

    Attempt send(Job job) throws DeliveryException {
        if (!connected(job)) {
            return Attempt.NOT_ACCEPTED;
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
            return Attempt.NOT_ACCEPTED;
        }
        job.messageId = id;
        ledger.recordIntent(id, job.item.entryId(), job.part, DeliveryChannel.MAIL, job.to.getAddress());
        job.attempts++;
        job.handedOver = true;
        SendOutcome outcome = connection.send(message, envelope(job));
        job.handedOver = false;
        String reply = outcome.reply();
        switch (outcome.kind()) {
            case ACCEPTED -> {
                ledger.markAccepted(id, reply);
                settle(job, DeliveryState.ACCEPTED, null, reply);
                return Attempt.ACCEPTED;
            }
            case TRANSIENT -> {
                ledger.markDeferred(id, ErrorCode.DELIVERY_DEFERRED, reply);
                if (job.attempts < settings.maxAttempts()) {
                    Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(job.attempts - 1, 10));
                    job.readyAt = clock.instant().plus(backoff);
                    outcomes.warn(job.item.label(), NLS.bind(Messages.retryLater, reply, backoff.toSeconds()));
                    return Attempt.RETRY_LATER;
                }
                settle(job, DeliveryState.DEFERRED, ErrorCode.DELIVERY_DEFERRED, reply);
                return Attempt.NOT_ACCEPTED;
            }
            case PERMANENT -> {
                ledger.markFailed(id, ErrorCode.DELIVERY_REJECTED, reply);
                settle(job, DeliveryState.FAILED, ErrorCode.DELIVERY_REJECTED, reply);
                return Attempt.NOT_ACCEPTED;
            }
            default -> {
                ledger.markUnknown(id, reply);
                connection.close();
                connection = null;
                settle(job, DeliveryState.UNKNOWN, ErrorCode.DELIVERY_STATE_UNKNOWN, reply);
                return Attempt.NOT_ACCEPTED;
            }
        }
    }

    /**
     * A send that threw something unexpected. Once the message may have been handed to the server its outcome is
     * unknown (recorded so, to be confirmed, never sent twice); before that the part failed. The connection is
     * dropped either way: its state is unknown.
     */
    Attempt crashed(Job job, Throwable e) throws DeliveryException {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException | Error ignored) { // NOPMD: already failing
                // the first failure is the one to report
            }
            connection = null;
        }
        DeliveryException failure = Crashes.of(job.item, e);
        if (job.handedOver) {
            job.handedOver = false;
            ledger.markUnknown(job.messageId, failure.getMessage());
            settle(job, DeliveryState.UNKNOWN, ErrorCode.DELIVERY_STATE_UNKNOWN, failure.getMessage());
        } else {
            if (job.messageId != null) {
                ledger.markFailed(job.messageId, ErrorCode.UNKNOWN, failure.getMessage());
            }
            outcomes.fail(job.item, job.part, job.to.getAddress(), job.messageId, failure);
        }
        return Attempt.NOT_ACCEPTED;
    }

    /** Opens (or reopens) the connection; on failure settles the job as failed and remembers why. */
    private boolean connected(Job job) {
        if (connection != null && connection.isConnected()) {
            return true;
        }
        if (connection != null) {
            connection.close();
        }
        try {
            if (session == null) {
                session = SmtpConnection.session(settings.smtp(), from.getAddress());
            }
            connection = SmtpConnection.open(settings.smtp(), session);
            return true;
        } catch (DeliveryException e) {
            connection = null;
            connectionFailure = e;
            outcomes.fail(job.item, job.part, job.to.getAddress(), job.messageId, e);
            return false;
        }
    }

    private void settle(Job job, DeliveryState state, ErrorCode code, String reply) {
        outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, state, job.to.getAddress(), job.messageId, code, reply);
    }

    private Address[] envelope(Job job) {
        if (job.part == DeliveryPart.FILE && bcc != null) {
            return new Address[] { job.to, bcc };
        }
        return new Address[] { job.to };
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}

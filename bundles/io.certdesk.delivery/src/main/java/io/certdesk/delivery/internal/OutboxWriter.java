package io.certdesk.delivery.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryState;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A dry run: each mail built exactly as it would be sent and written owner-only into the outbox as {@code .eml}.
 * {@link #build} runs on the batch's thread (it reads the entry's file and password); {@link #write} (encoding and
 * the durable write) may run on another; the outcome is settled on the batch's thread again, in the batch's order.
 */
final class OutboxWriter {

    /** Tries at a free name when another writer took the same one at the same moment. */
    private static final int NAME_ATTEMPTS = 16;

    private final ItemMessages messages;
    private final BatchOutcomes outcomes;
    private final InternetAddress from;
    private final Path outbox;

    OutboxWriter(ItemMessages messages, BatchOutcomes outcomes, InternetAddress from, Path outbox) {
        this.messages = messages;
        this.outcomes = outcomes;
        this.from = from;
        this.outbox = outbox;
    }

    /** A message built for the outbox. */
    record Built(Job job, String id, MimeMessage message) {
    }

    /** How a part ended; {@link #settle} records it. */
    sealed interface Outcome permits Written, Failed {
    }

    record Written(Job job, String id, Path file) implements Outcome {
    }

    record Failed(Job job, DeliveryException error) implements Outcome {
    }

    /** The part's message, built as it would be sent. */
    Built build(Job job) throws DeliveryException {
        String id = MessageIds.create(Addresses.domainOf(from));
        return new Built(job, id, messages.build(job.item, job.part, job.to, id, MessageBuilder.offlineSession()));
    }

    /** Encodes the message into a new owner-only {@code .eml} file, durably. Thread-safe. */
    Outcome write(Built built) {
        Job job = built.job();
        try {
            OwnerOnly.directories(outbox);
            String base = FileNames.safeName(job.item.key()) + "-" + job.part.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            for (int attempt = 1;; attempt++) {
                Path target = FileNames.freeName(outbox, base, ".eml"); //$NON-NLS-1$
                try {
                    DurableFiles.write(target, out -> {
                        try {
                            built.message().writeTo(out);
                        } catch (MessagingException e) {
                            throw new IOException(e.getMessage(), e);
                        }
                    }, WriteMode.CREATE_NEW);
                    return new Written(job, built.id(), target);
                } catch (FileAlreadyExistsException e) {
                    if (attempt == NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            return new Failed(job, new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, outbox.toString(),
                    e.getMessage(), e));
        }
    }

    /** Records the outcome (ledger, audit, listener): on the batch's thread. */
    void settle(Outcome outcome) {
        switch (outcome) {
            case Written w -> outcomes.settle(w.job().item, w.job().part, DeliveryChannel.MAIL, DeliveryState.WRITTEN,
                    w.job().to.getAddress(), w.id(), w.file().toString());
            case Failed f -> outcomes.fail(f.job().item, f.job().part, f.job().to.getAddress(), "", f.error()); //$NON-NLS-1$
        }
    }
}

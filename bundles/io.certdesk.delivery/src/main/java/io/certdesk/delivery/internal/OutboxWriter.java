package io.certdesk.delivery.internal;

import java.io.IOException;
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

/** A dry run: each mail built exactly as it would be sent and written owner-only into the outbox as {@code .eml}. */
final class OutboxWriter {

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

    void write(Job job) {
        String id = MessageIds.create(Addresses.domainOf(from));
        try {
            MimeMessage message = messages.build(job.item, job.part, job.to, id, MessageBuilder.offlineSession());
            OwnerOnly.directories(outbox);
            Path target = FileNames.freeName(outbox, FileNames.safeName(job.item.key()) + "-" //$NON-NLS-1$
                    + job.part.name().toLowerCase(Locale.ROOT), ".eml"); //$NON-NLS-1$
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
}

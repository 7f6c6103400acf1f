package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.MailPreview;
import io.certdesk.jobs.EntryDetails;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * One group per part (file, password): its channel, where it stands (the delivery ledger's latest record: state,
 * time, Message-ID, attempts, and a failure's cause and remedy), earlier records, and the mail as it was or will be
 * rendered. The password mail's preview never holds the password: the job service masks it.
 */
public final class DeliverySection {

    private DeliverySection() {
    }

    /** The parts' groups; {@code verified}: the entry has its certificate (else its mails cannot be rendered yet). */
    public static void create(Composite content, List<EntryDetails.Delivery> deliveries, Clock clock, boolean verified) {
        for (EntryDetails.Delivery delivery : deliveries) {
            part(content, delivery, clock, verified);
        }
    }

    private static void part(Composite content, EntryDetails.Delivery delivery, Clock clock, boolean verified) {
        Group group = Fields.group(content, NLS.bind(Messages.deliveryTitle, delivery.part().displayName(),
                delivery.channel().displayName()));
        Optional<DeliveryResult> latest = delivery.latest();
        Fields.field(group, Messages.deliveryState, latest.map(r -> r.state().displayName()).orElse(
                delivery.channel() == DeliveryChannel.MAIL ? Messages.deliveryNotSent : Messages.deliveryNotHandedOver));
        if (!delivery.recipient().isEmpty()) {
            Fields.field(group, Messages.deliveryRecipient, delivery.recipient());
        }
        latest.ifPresent(result -> {
            Fields.field(group, Messages.deliveryTime, Fields.seconds(result.time(), clock));
            if (!result.messageId().isEmpty()) {
                Fields.field(group, Messages.deliveryMessageId, result.messageId());
            }
            if (result.attempts() > 0) {
                Fields.field(group, Messages.deliveryAttempts, Integer.toString(result.attempts()));
            }
            if (!result.detail().isEmpty()) {
                Fields.field(group, Messages.deliveryDetail, result.detail());
            }
            result.errorCode().ifPresent(code -> {
                Fields.field(group, NLS.bind(Messages.errorTitle, Integer.toString(code.code())), code.message());
                Fields.field(group, Messages.errorCause, code.cause());
                Fields.field(group, Messages.errorRemedy, code.remedy());
            });
        });
        if (delivery.history().size() > 1) {
            StringBuilder earlier = new StringBuilder();
            for (DeliveryResult result : delivery.history().subList(0, delivery.history().size() - 1)) {
                if (earlier.length() > 0) {
                    earlier.append('\n');
                }
                earlier.append(NLS.bind(Messages.deliveryEarlierLine, new Object[] {
                        Fields.seconds(result.time(), clock), result.state().displayName(), result.messageId() }));
            }
            Fields.area(group, Messages.deliveryEarlier, earlier.toString(), Math.min(4, delivery.history().size() - 1));
        }
        delivery.previewProblem().ifPresent(problem -> Fields.field(group, Messages.previewTitle, problem));
        delivery.preview().ifPresent(mail -> preview(group, mail));
        if (delivery.preview().isEmpty() && delivery.previewProblem().isEmpty()
                && delivery.channel() == DeliveryChannel.MAIL && !verified) {
            Fields.note(group, Messages.previewLater);
        }
    }

    private static void preview(Group parent, MailPreview mail) {
        Group group = Fields.group(parent, Messages.previewTitle);
        Fields.field(group, Messages.previewFrom, mail.from());
        Fields.field(group, Messages.previewTo, mail.to());
        Fields.field(group, Messages.previewSubject, mail.subject());
        if (!mail.attachmentName().isEmpty()) {
            Fields.field(group, Messages.previewAttachment, mail.attachmentName());
        }
        Fields.area(group, Messages.previewBody, mail.body(), 8);
        if (mail.part() == DeliveryPart.PASSWORD) {
            Fields.note(group, Messages.previewMasked);
        }
    }
}

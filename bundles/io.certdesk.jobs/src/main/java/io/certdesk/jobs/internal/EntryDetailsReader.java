package io.certdesk.jobs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.MailPreview;
import io.certdesk.jobs.EntryDetails;
import io.certdesk.jobs.JobException;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/** {@link io.certdesk.jobs.JobService#details} and {@link io.certdesk.jobs.JobService#exportPassword}. */
final class EntryDetailsReader {

    private EntryDetailsReader() {
    }

    static EntryDetails read(Workspace workspace, long entryId) throws JobException {
        try {
            Entry entry = workspace.entry(entryId);
            List<DeliveryResult> ledger = workspace.deliveryLedger().all().stream()
                    .filter(r -> r.entryId() == entryId).toList();
            return new EntryDetails(entry, workspace.transitions(entryId), workspace.chain(entryId),
                    deliveries(workspace, entry, ledger));
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    private static List<EntryDetails.Delivery> deliveries(Workspace workspace, Entry entry, List<DeliveryResult> ledger) {
        List<EntryDetails.Delivery> parts = new ArrayList<>();
        WorkspaceDelivery delivery;
        try {
            delivery = WorkspaceDelivery.on(workspace);
        } catch (DeliveryException e) {
            // the mail settings cannot be read: the ledger still says what happened
            for (DeliveryPart part : DeliveryPart.values()) {
                List<DeliveryResult> history = history(ledger, part);
                DeliveryChannel channel = history.isEmpty() ? DeliveryChannel.MAIL : history.get(history.size() - 1).channel();
                parts.add(new EntryDetails.Delivery(part, channel, "", history, Optional.empty(), //$NON-NLS-1$
                        Optional.of(e.getMessage())));
            }
            return parts;
        }
        try {
            DeliveryEngine engine = new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit());
            Optional<DeliveryItem> item = delivery.item(entry);
            for (DeliveryPart part : DeliveryPart.values()) {
                DeliveryChannel channel;
                try {
                    channel = part == DeliveryPart.FILE ? delivery.fileChannel() : delivery.passwordChannel(entry);
                } catch (DeliveryException e) {
                    parts.add(new EntryDetails.Delivery(part, DeliveryChannel.MAIL, "", history(ledger, part), //$NON-NLS-1$
                            Optional.empty(), Optional.of(e.getMessage())));
                    continue;
                }
                String recipient = channel != DeliveryChannel.MAIL ? "" //$NON-NLS-1$
                        : part == DeliveryPart.FILE ? entry.email() : entry.recipient();
                Optional<MailPreview> preview = Optional.empty();
                Optional<String> problem = Optional.empty();
                if (channel == DeliveryChannel.MAIL && item.isPresent()) {
                    try {
                        preview = Optional.of(engine.preview(item.get(), part));
                    } catch (DeliveryException e) {
                        problem = Optional.of(e.getMessage());
                    }
                }
                parts.add(new EntryDetails.Delivery(part, channel, recipient, history(ledger, part), preview, problem));
            }
            return parts;
        } catch (DeliveryException e) {
            return List.of(new EntryDetails.Delivery(DeliveryPart.FILE, DeliveryChannel.MAIL, "", //$NON-NLS-1$
                    history(ledger, DeliveryPart.FILE), Optional.empty(), Optional.of(e.getMessage())),
                    new EntryDetails.Delivery(DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "", //$NON-NLS-1$
                            history(ledger, DeliveryPart.PASSWORD), Optional.empty(), Optional.of(e.getMessage())));
        } finally {
            delivery.release();
        }
    }

    private static List<DeliveryResult> history(List<DeliveryResult> ledger, DeliveryPart part) {
        return ledger.stream().filter(r -> r.part() == part).toList();
    }

    /** The export password after the passphrase was checked again; both outcomes go to the audit log. */
    static char[] exportPassword(Workspace workspace, long entryId, char[] passphrase) throws JobException {
        try {
            Entry entry = workspace.entry(entryId);
            if (!workspace.passphraseMatches(passphrase)) {
                workspace.audit("export-password.refused", Optional.of(Long.valueOf(entry.id())), //$NON-NLS-1$
                        "wrong workspace passphrase"); //$NON-NLS-1$
                throw new JobException(ErrorCode.STORE_WRONG_PASSPHRASE, Messages.passwordPassphraseWrong, null);
            }
            char[] password = workspace.exportPassword(entryId);
            try {
                workspace.audit("export-password.shown", Optional.of(Long.valueOf(entry.id())), ""); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (WorkspaceException e) {
                java.util.Arrays.fill(password, '\0');
                throw e;
            }
            return password;
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }
}

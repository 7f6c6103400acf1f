package io.certdesk.jobs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.MailPreview;
import io.certdesk.workspace.ChainRecord;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.Transition;

/**
 * Everything the workspace keeps about one entry, for the Details view ({@link JobService#details}). Holds no secret:
 * the export password is read only through {@link JobService#exportPassword}, and mail previews mask it.
 *
 * @param entry       the entry as stored
 * @param transitions every state change with its time, oldest first
 * @param chain       the chain and verdict of its latest verification; empty when never verified
 * @param deliveries  the file and the password part, each with its channel, ledger records and mail preview
 */
public record EntryDetails(Entry entry, List<Transition> transitions, Optional<ChainRecord> chain,
        List<Delivery> deliveries) {

    public EntryDetails {
        Objects.requireNonNull(entry, "entry"); //$NON-NLS-1$
        transitions = List.copyOf(transitions);
        Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
        deliveries = List.copyOf(deliveries);
    }

    /**
     * One part's delivery.
     *
     * @param part           file or password
     * @param channel        how it goes (after the workspace's mail settings and the row's own channel)
     * @param recipient      the mail address it goes to, empty for handout and manual
     * @param history        the delivery ledger's records of this part, oldest first
     * @param preview        the mail as it was or will be rendered (the password masked); empty when the part does
     *                       not go by mail or the entry has no verified certificate yet
     * @param previewProblem why there is no preview although the part goes by mail (templates, addresses), else empty
     */
    public record Delivery(DeliveryPart part, DeliveryChannel channel, String recipient, List<DeliveryResult> history,
            Optional<MailPreview> preview, Optional<String> previewProblem) {

        public Delivery {
            Objects.requireNonNull(part, "part"); //$NON-NLS-1$
            Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
            recipient = recipient == null ? "" : recipient; //$NON-NLS-1$
            history = List.copyOf(history);
            Objects.requireNonNull(preview, "preview"); //$NON-NLS-1$
            Objects.requireNonNull(previewProblem, "previewProblem"); //$NON-NLS-1$
        }

        /** The newest ledger record of this part. */
        public Optional<DeliveryResult> latest() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }

    /** The part's delivery. */
    public Optional<Delivery> delivery(DeliveryPart part) {
        return deliveries.stream().filter(d -> d.part() == part).findFirst();
    }

    /** Whether the entry has an export password to show (it was exported). */
    public boolean hasExportPassword() {
        return entry.exportSha256().isPresent();
    }
}

package io.certdesk.jobs;

import java.nio.file.Path;

import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.jobs.internal.WorkspaceDeliveryWorkspaces;

/**
 * The delivery engine's view of workspace folders ({@link DeliveryWorkspaces}), for the {@code deliver} and
 * {@code handout} commands, which drive the delivery engine directly (confirming unknown sends, one part only).
 * The same is also registered as a DS service ({@link DeliveryWorkspaces}) that reads the passphrase from
 * {@code CERTDESK_PASSPHRASE} or the terminal.
 */
public final class WorkspaceDeliveries {

    private WorkspaceDeliveries() {
    }

    /**
     * Opens workspace folders for delivery with the passphrase from the first line of {@code passphraseFile};
     * {@code null}: {@code CERTDESK_PASSPHRASE}, else the terminal.
     */
    public static DeliveryWorkspaces withPassphraseFile(Path passphraseFile) {
        return new WorkspaceDeliveryWorkspaces(passphraseFile);
    }
}

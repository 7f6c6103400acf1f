package io.certdesk.delivery;

import java.nio.file.Path;

/**
 * What a delivery needs from an opened workspace; the job service implements it on the workspace
 * ({@code io.certdesk.jobs.internal.WorkspaceDelivery}). Closing settles delivered entries and clears the decrypted
 * SMTP password.
 */
public interface DeliveryWorkspace extends AutoCloseable {

    /** The entries ready for delivery. */
    DeliverySource source();

    /** The delivery settings, with the SMTP password decrypted for this use only. */
    DeliverySettings settings();

    /** The ledger: the workspace's own ({@code Workspace.deliveryLedger()}), over the workspace's connection. */
    DeliveryLedger ledger();

    /** The workspace's audit log. */
    DeliveryAudit audit();

    /** The folder for dry-run messages and the demo sink's received mails. */
    Path outbox();

    @Override
    void close() throws DeliveryException;
}

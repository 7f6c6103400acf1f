package io.certdesk.workspace.internal;

import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.db.EntryStore;
import io.certdesk.workspace.internal.db.LedgerStore;
import org.eclipse.osgi.util.NLS;

/**
 * The end of an entry's life cycle: DELIVERED when the ledger shows both parts delivered, then DONE, in one
 * transaction; a superseded entry is never delivered.
 */
final class DeliverySettlement {

    private final StoreAccess store;
    private final EntryStore entries;

    DeliverySettlement(StoreAccess store, EntryStore entries) {
        this.store = store;
        this.entries = entries;
    }

    void markDelivered(Entry entry, DeliveryChannel channel) throws WorkspaceException {
        if (entry.state() == EntryState.SUPERSEDED) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.supersededNotDelivered,
                    entry.certificateNumber(), entry.supersededBy().map(String::valueOf).orElse("?"))); //$NON-NLS-1$
        }
        store.write(c -> entries.move(c, entry.id(), EntryState.DELIVERED, "delivered", Optional.empty(), channel.id(), //$NON-NLS-1$
                Map.of()));
    }

    boolean settle(long entryId, DeliveryChannel fileChannel) throws WorkspaceException {
        return store.write(c -> {
            Entry entry = entries.find(c, entryId).orElseThrow(() -> new IllegalStateException("no entry " + entryId)); //$NON-NLS-1$
            if (entry.state() != EntryState.EXPORTED) {
                return Boolean.FALSE;
            }
            boolean file = fileChannel == DeliveryChannel.MANUAL
                    || LedgerStore.latest(c, entryId, DeliveryPart.FILE).map(r -> r.state().delivered()).orElse(false);
            Optional<DeliveryResult> password = LedgerStore.latest(c, entryId, DeliveryPart.PASSWORD);
            if (!file || password.isEmpty() || !password.get().state().delivered()) {
                return Boolean.FALSE;
            }
            entries.move(c, entryId, EntryState.DELIVERED, "delivered", Optional.empty(), //$NON-NLS-1$
                    password.get().channel().id(), Map.of());
            entries.move(c, entryId, EntryState.DONE, "done", Optional.empty(), "", Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
            return Boolean.TRUE;
        }).booleanValue();
    }

    void markDone(long entryId) throws WorkspaceException {
        store.write(c -> entries.move(c, entryId, EntryState.DONE, "done", Optional.empty(), "", Map.of())); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

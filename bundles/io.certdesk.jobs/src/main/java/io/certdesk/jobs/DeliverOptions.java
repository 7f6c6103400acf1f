package io.certdesk.jobs;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.certdesk.delivery.DeliveryPart;

/**
 * What {@link JobService#deliver} does.
 *
 * @param dryRun   write the messages to the workspace outbox instead of sending them
 * @param parts    the parts to deliver (file and/or password)
 * @param entryIds the exported entries (workspace ids) to deliver; empty: every exported entry
 */
public record DeliverOptions(boolean dryRun, Set<DeliveryPart> parts, Set<Long> entryIds) {

    public DeliverOptions {
        Objects.requireNonNull(parts, "parts"); //$NON-NLS-1$
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Choose the file, the password or both"); //$NON-NLS-1$
        }
        parts = Set.copyOf(EnumSet.copyOf(parts));
        entryIds = Set.copyOf(Objects.requireNonNull(entryIds, "entryIds")); //$NON-NLS-1$
    }

    /** Send file and password of every exported entry. */
    public static DeliverOptions send() {
        return new DeliverOptions(false, EnumSet.allOf(DeliveryPart.class), Set.of());
    }

    /** Write file and password mails of every exported entry to the outbox. */
    public static DeliverOptions writeToOutbox() {
        return new DeliverOptions(true, EnumSet.allOf(DeliveryPart.class), Set.of());
    }

    public DeliverOptions withParts(Set<DeliveryPart> chosen) {
        return new DeliverOptions(dryRun, chosen, entryIds);
    }

    public DeliverOptions withEntries(Set<Long> ids) {
        return new DeliverOptions(dryRun, parts, ids);
    }

    /** Whether the entry with this id is delivered. */
    public boolean includes(long entryId) {
        return entryIds.isEmpty() || entryIds.contains(Long.valueOf(entryId));
    }
}

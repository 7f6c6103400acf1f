package io.certdesk.delivery;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one batch does.
 *
 * @param dryRun write every message as an {@code .eml} file into {@code outbox} instead of sending
 * @param parts the parts to deliver ({@code --only-file}, {@code --only-password})
 * @param outbox the folder for dry-run messages (required for a dry run)
 */
public record DeliveryOptions(boolean dryRun, Set<DeliveryPart> parts, Path outbox) {

    public DeliveryOptions {
        Objects.requireNonNull(parts, "parts"); //$NON-NLS-1$
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no part to deliver"); //$NON-NLS-1$
        }
        parts = Set.copyOf(parts);
        if (dryRun) {
            Objects.requireNonNull(outbox, "outbox"); //$NON-NLS-1$
        }
    }

    /** Send both parts. */
    public static DeliveryOptions send() {
        return new DeliveryOptions(false, EnumSet.allOf(DeliveryPart.class), null);
    }

    /** Send the given parts only. */
    public static DeliveryOptions send(Set<DeliveryPart> parts) {
        return new DeliveryOptions(false, parts, null);
    }

    /** Write both parts' messages into the outbox folder. */
    public static DeliveryOptions dryRun(Path outbox) {
        return new DeliveryOptions(true, EnumSet.allOf(DeliveryPart.class), outbox);
    }
}

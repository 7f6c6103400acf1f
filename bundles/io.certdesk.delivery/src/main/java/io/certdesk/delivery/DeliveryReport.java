package io.certdesk.delivery;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a batch: one result per part of each entry, and the warnings the administrator was shown.
 *
 * @param results in the order the parts were settled
 * @param warnings e.g. file and password going to the same mailbox (allowed by the settings)
 */
public record DeliveryReport(List<DeliveryResult> results, List<String> warnings) {

    public DeliveryReport {
        results = List.copyOf(Objects.requireNonNull(results, "results")); //$NON-NLS-1$
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings")); //$NON-NLS-1$
    }

    /** How many parts ended in the state. */
    public long count(DeliveryState state) {
        return results.stream().filter(r -> r.state() == state).count();
    }

    /** How many parts need the administrator: failed, deferred, unknown, held or cancelled ({@link DeliveryState#problem()}). */
    public long problems() {
        return results.stream().filter(r -> r.state().problem()).count();
    }

    /** Whether any part failed, was deferred, is unknown, held or cancelled (exit code 1 for commands). */
    public boolean hasProblems() {
        return problems() > 0;
    }

    /** The result of one part of one entry, if the batch settled it. */
    public java.util.Optional<DeliveryResult> result(long entryId, DeliveryPart part) {
        return results.stream().filter(r -> r.entryId() == entryId && r.part() == part).findFirst();
    }
}

package io.certdesk.delivery.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;

/**
 * What one batch settled, part by part: each outcome goes into the report, the audit log and the listener at the
 * moment it is known; warnings are collected for the report. While {@linkplain #hold() held} (a dry run's outbox),
 * the audit records and the listener's events of up to {@value #MOST_HELD} outcomes wait, to be recorded together
 * with one durable write at the next {@link #flush()}: the audit stays in the batch's order, and the listener still
 * hears of an outcome only once it is recorded.
 */
final class BatchOutcomes {

    /** Outcomes held at most before they are recorded (a cancel is heard after as many more parts at most). */
    static final int MOST_HELD = 8;

    private final DeliveryAudit audit;
    private final DeliveryListener listener;
    private final Clock clock;
    private final int total;
    private final List<DeliveryResult> results = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<DeliveryResult> held = new ArrayList<>();
    private boolean holding;

    BatchOutcomes(DeliveryAudit audit, DeliveryListener listener, Clock clock, int total) {
        this.audit = audit;
        this.listener = listener;
        this.clock = clock;
        this.total = total;
    }

    DeliveryReport report() {
        return new DeliveryReport(results, warnings);
    }

    void fail(DeliveryItem item, DeliveryPart part, String recipient, String messageId, DeliveryException e) {
        settle(item, part, part == DeliveryPart.FILE ? item.fileChannel() : item.passwordChannel(),
                DeliveryState.FAILED, recipient, messageId, e.code(), e.getMessage());
    }

    void warn(String label, String message) {
        warnings.add(label + ": " + message); //$NON-NLS-1$
        listener.warning(label, message);
    }

    void settle(DeliveryItem item, DeliveryPart part, DeliveryChannel channel, DeliveryState outcome,
            String recipient, String messageId, String detail) {
        settle(item, part, channel, outcome, recipient, messageId, null, detail);
    }

    void settle(DeliveryItem item, DeliveryPart part, DeliveryChannel channel, DeliveryState outcome,
            String recipient, String messageId, ErrorCode code, String detail) {
        DeliveryResult result = new DeliveryResult(clock.instant(), item.entryId(), item.label(), part, channel, outcome,
                recipient, messageId, code, detail);
        results.add(result);
        if (holding) {
            held.add(result);
            if (held.size() >= MOST_HELD) {
                flush();
            }
        } else {
            audit.record(result);
            listener.settled(result, results.size(), total);
        }
    }

    /** From now on, outcomes are recorded in groups (each {@link #flush()}) until {@link #release()}. */
    void hold() {
        holding = true;
    }

    /** Records the held outcomes in one go, then tells the listener of each. */
    void flush() {
        if (held.isEmpty()) {
            return;
        }
        List<DeliveryResult> recorded = List.copyOf(held);
        held.clear();
        audit.recordAll(recorded);
        int done = results.size() - recorded.size();
        for (DeliveryResult result : recorded) {
            listener.settled(result, ++done, total);
        }
    }

    /** Records what is held and ends holding. */
    void release() {
        try {
            flush();
        } finally {
            holding = false;
        }
    }
}

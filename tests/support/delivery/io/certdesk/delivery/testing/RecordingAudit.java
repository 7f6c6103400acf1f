package io.certdesk.delivery.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryResult;

/** Keeps every audit event. */
public final class RecordingAudit implements DeliveryAudit {
    private final List<DeliveryResult> events = Collections.synchronizedList(new ArrayList<>());

    private final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(DeliveryResult event) {
        events.add(event);
        groups.add(Integer.valueOf(1));
    }

    @Override
    public void recordAll(List<DeliveryResult> recorded) {
        events.addAll(recorded);
        groups.add(Integer.valueOf(recorded.size()));
    }

    /** How many events each call recorded, in order. */
    public List<Integer> groups() {
        synchronized (groups) {
            return List.copyOf(groups);
        }
    }

    public List<DeliveryResult> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}

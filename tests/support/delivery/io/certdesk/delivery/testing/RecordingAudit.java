package io.certdesk.delivery.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryResult;

/** Keeps every audit event. */
public final class RecordingAudit implements DeliveryAudit {
    private final List<DeliveryResult> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(DeliveryResult event) {
        events.add(event);
    }

    public List<DeliveryResult> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}

package io.certdesk.delivery.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryEvent;

/** Keeps every audit event. */
public final class RecordingAudit implements DeliveryAudit {
    private final List<DeliveryEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(DeliveryEvent event) {
        events.add(event);
    }

    public List<DeliveryEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}

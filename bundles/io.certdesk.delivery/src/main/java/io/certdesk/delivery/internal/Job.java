package io.certdesk.delivery.internal;

import java.time.Instant;

import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryPart;
import jakarta.mail.internet.InternetAddress;

/** One mail of a batch, waiting, ready or being retried. */
final class Job {
    final DeliveryItem item;
    final DeliveryPart part;
    final InternetAddress to;
    String messageId;
    int attempts;
    /** While the message is with the server: an exception now leaves its outcome unknown. */
    boolean handedOver;
    /** When it may go; null while a password mail waits for its file mail. */
    Instant readyAt;

    Job(DeliveryItem item, DeliveryPart part, InternetAddress to, Instant readyAt) {
        this.item = item;
        this.part = part;
        this.to = to;
        this.readyAt = readyAt;
    }
}

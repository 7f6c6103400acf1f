package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.HandoutWriter;
import io.certdesk.delivery.TemplateFinding;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.HandoutSummary;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
import io.certdesk.roster.RosterException;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/** The delivery side of the job service, each operation on a {@link WorkspaceDelivery} opened for it. */
final class Deliveries {

    private final Clock clock;

    Deliveries(Clock clock) {
        this.clock = clock;
    }

    DeliverySummary deliver(Workspace workspace, DeliverOptions options, JobListener listener, CancelToken cancel)
            throws JobException {
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
        Objects.requireNonNull(cancel, "cancel"); //$NON-NLS-1$
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            DeliveryEngine engine = new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit());
            List<TemplateFinding> findings = engine.checkTemplates();
            if (!findings.isEmpty()) {
                return new DeliverySummary(findings, Optional.empty(), 0, delivery.outbox());
            }
            List<DeliveryItem> items = delivery.source().items().stream()
                    .filter(item -> options.includes(item.entryId()))
                    .toList();
            DeliveryControl control = new DeliveryControl();
            if (cancel.isCancelled()) {
                control.cancel();
            }
            DeliveryReport report = engine.deliver(items, new DeliveryOptions(options.dryRun(), options.parts(),
                    options.dryRun() ? delivery.outbox() : null), new Events(listener, cancel, control), control);
            int moved = delivery.settleDelivered();
            return new DeliverySummary(List.of(), Optional.of(report), moved, delivery.outbox());
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    List<DeliveryResult> unknownSends(Workspace workspace) throws JobException {
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            return new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit()).unknownSends();
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    void confirm(Workspace workspace, String messageId, boolean delivered, String note) throws JobException {
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit()).confirm(messageId, delivered, note);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    int markHandedOver(Workspace workspace, Set<Long> entryIds, DeliveryChannel channel, String note)
            throws JobException {
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            DeliveryEngine engine = new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit());
            int recorded = 0;
            for (DeliveryItem item : delivery.source().items()) {
                if (entryIds.contains(Long.valueOf(item.entryId()))) {
                    engine.recordHandover(item, channel, note);
                    recorded++;
                }
            }
            return recorded;
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    HandoutSummary handout(Workspace workspace, Path pdf, Optional<Path> font, boolean markHandedOver)
            throws JobException {
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            List<DeliveryItem> items = delivery.source().items().stream()
                    .filter(i -> i.passwordChannel() == DeliveryChannel.HANDOUT).toList();
            if (items.isEmpty()) {
                return new HandoutSummary(0, 0, 0);
            }
            int pages = new HandoutWriter(font.isPresent() ? font.get() : HandoutWriter.findFont(), clock).write(items, pdf);
            int recorded = 0;
            if (markHandedOver) {
                DeliveryEngine engine = new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit());
                for (DeliveryItem item : items) {
                    engine.recordHandover(item, DeliveryChannel.HANDOUT, "handout " + pdf.getFileName()); //$NON-NLS-1$
                    recorded++;
                }
            }
            return new HandoutSummary(items.size(), pages, recorded);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    int resultWorkbook(Workspace workspace, Path target) throws JobException {
        // POI's sheet data goes to the workspace's own owner-only tmp/, not the shared temp folder
        return DefaultJobService.withWorkspaceTemp(workspace, () -> report(workspace, target));
    }

    private static int report(Workspace workspace, Path target) throws JobException {
        try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace)) {
            return ResultReport.write(delivery, target);
        } catch (DeliveryException e) {
            throw Failures.of(e);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } catch (RosterException e) {
            throw Failures.of(e);
        }
    }

    /** Delivery events as {@link JobEvent}s on the calling thread; a cancelled token stops after the current part. */
    private static final class Events implements DeliveryListener {
        private final JobListener listener;
        private final CancelToken cancel;
        private final DeliveryControl control;

        Events(JobListener listener, CancelToken cancel, DeliveryControl control) {
            this.listener = listener;
            this.cancel = cancel;
            this.control = control;
        }

        @Override
        public void settled(DeliveryResult result, int done, int total) {
            long id = result.entryId();
            String detail = result.error() == null ? result.recipient() : result.detail();
            safely(new JobEvent(JobEvent.Kind.DELIVERY_SETTLED, id, result.label(), Optional.empty(),
                    result.errorCode(), detail == null ? "" : detail, JobEvent.NO_COUNTS, done, total, //$NON-NLS-1$
                    Optional.of(result)));
            if (cancel.isCancelled()) {
                control.cancel();
            }
        }

        @Override
        public void warning(String label, String message) {
            safely(new JobEvent(JobEvent.Kind.DELIVERY_WARNING, 0, label == null ? "" : label, Optional.empty(), //$NON-NLS-1$
                    Optional.empty(), message == null ? "" : message, JobEvent.NO_COUNTS, 0, 0, Optional.empty())); //$NON-NLS-1$
        }

        private void safely(JobEvent event) {
            try {
                listener.event(event);
            } catch (RuntimeException e) {
                // a broken listener must not stop the delivery
            }
        }
    }
}

package io.certdesk.ui.internal.activity;

import java.util.Optional;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.jobs.JobEvent;
import io.certdesk.workspace.PipelineStage;
import org.eclipse.osgi.util.NLS;

/** One line of the Activity log for a job event; none for starts and bare progress. */
final class Events {

    private Events() {
    }

    static Optional<String> line(JobEvent event) {
        return switch (event.kind()) {
            case ENTRY_FINISHED -> Optional.of(NLS.bind(Messages.eventFinished, event.label(), stage(event)));
            case ENTRY_FAILED -> Optional.of(NLS.bind(Messages.eventFailed, new Object[] { event.label(), stage(event),
                    event.error().map(e -> Integer.toString(e.code())).orElse("-"), //$NON-NLS-1$
                    event.error().map(e -> e.message()).orElse(""), event.detail() })); //$NON-NLS-1$
            case DELIVERY_SETTLED -> event.delivery().map(d -> NLS.bind(Messages.eventSettled, new Object[] {
                    event.label(), d.part() == DeliveryPart.FILE ? Messages.partFile : Messages.partPassword,
                    d.state().displayName(), d.recipient() }));
            case DELIVERY_WARNING -> Optional.of(NLS.bind(Messages.eventWarning, event.label(), event.detail()));
            case ENTRY_STARTED, PROGRESS -> Optional.empty();
        };
    }

    private static String stage(JobEvent event) {
        return event.stage().map(stage -> switch (stage) {
            case DOWNLOAD -> Messages.stageDownload;
            case VERIFY -> Messages.stageVerify;
            case EXPORT -> Messages.stageExport;
        }).orElse(""); //$NON-NLS-1$
    }

    static String stageName(PipelineStage stage) {
        return switch (stage) {
            case DOWNLOAD -> Messages.stageDownload;
            case VERIFY -> Messages.stageVerify;
            case EXPORT -> Messages.stageExport;
        };
    }
}

package io.certdesk.ui.internal.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.DeliverConfirm;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What the administrator does with the selected entries (the Batch menu, the table's menu): run, retry, deliver
 * file and/or password, record hand-overs, settle unknown sends, save the .p12 files. Whatever sends mail or marks
 * entries done asks first with the exact counts; the work runs in Eclipse jobs and ends with a line in the Activity
 * log.
 */
public final class BulkActions {

    private final WorkspaceModel model;
    private final WorkspaceJobs jobs;
    private final ActivityLog log;

    public BulkActions(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log) {
        this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.log = Objects.requireNonNull(log, "log"); //$NON-NLS-1$
    }

    /** Whether a workspace is open and nothing runs on it. */
    public boolean ready() {
        return model.session().isPresent() && model.status().isPresent() && !jobs.running();
    }

    public void run(Set<Long> ids, boolean retry) {
        if (ready()) {
            jobs.run(ids, retry);
        }
    }

    /** Deliver these parts of the chosen entries (none chosen: every exported entry), after the counts. */
    public void deliver(Shell shell, Set<Long> ids, Set<DeliveryPart> parts) {
        Optional<WorkspaceSession> session = model.session();
        if (!ready() || session.isEmpty()) {
            return;
        }
        DeliverConfirm.ask(shell, model.status().get().entries(), ids, session.get().folder(),
                session.get().hasMailSettings(), parts).ifPresent(jobs::deliver);
    }

    /** The chosen entries whose password can be recorded as handed over (exported, not yet settled). */
    public static Set<Long> handOverable(List<Entry> entries, Set<Long> ids) {
        Set<Long> chosen = new HashSet<>();
        for (Entry entry : entries) {
            Long id = Long.valueOf(entry.id());
            if (ids.contains(id) && entry.state() == EntryState.EXPORTED) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** Asks for the channel and a note, with the exact count, then records the hand-over of the chosen entries. */
    public Optional<Job> markHandedOver(Shell shell, Set<Long> ids) {
        if (!ready()) {
            return Optional.empty();
        }
        Set<Long> chosen = handOverable(model.status().get().entries(), ids);
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.handOverTitle, Messages.handOverNothing);
            return Optional.empty();
        }
        HandOverDialog dialog = new HandOverDialog(shell, chosen.size(), ids.size());
        if (dialog.open() != IDialogConstants.OK_ID) {
            return Optional.empty();
        }
        DeliveryChannel channel = dialog.channel();
        String note = dialog.note();
        return Optional.of(jobs.task(NLS.bind(Messages.jobHandOver, Integer.toString(chosen.size())),
                (service, session, monitor) -> Integer.valueOf(service.markHandedOver(session, chosen, channel, note)),
                recorded -> log.add(NLS.bind(Messages.handedOver, recorded.toString(), channel.displayName()))));
    }

    /** The unknown sends of the chosen entries (none chosen: all). */
    public static List<DeliveryResult> unknownSends(WorkspaceStatus status, Set<Long> ids) {
        List<DeliveryResult> sends = new ArrayList<>();
        for (DeliveryResult send : status.unknownSends()) {
            if (ids.isEmpty() || ids.contains(Long.valueOf(send.entryId()))) {
                sends.add(send);
            }
        }
        return sends;
    }

    /** Asks whether the unknown sends arrived (exact counts), then settles them: delivered, or sent again next time. */
    public Optional<Job> confirmUnknownSends(Shell shell, Set<Long> ids) {
        if (!ready()) {
            return Optional.empty();
        }
        List<DeliveryResult> sends = unknownSends(model.status().get(), ids);
        if (sends.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.unknownTitle, Messages.unknownNothing);
            return Optional.empty();
        }
        long entries = sends.stream().mapToLong(DeliveryResult::entryId).distinct().count();
        MessageDialog dialog = new MessageDialog(shell, Messages.unknownTitle, null,
                NLS.bind(Messages.unknownQuestion, Integer.toString(sends.size()), Long.toString(entries)),
                MessageDialog.QUESTION, 2, Messages.unknownDelivered, Messages.unknownAgain,
                IDialogConstants.CANCEL_LABEL);
        int answer = dialog.open();
        if (answer != 0 && answer != 1) {
            return Optional.empty();
        }
        boolean delivered = answer == 0;
        String note = delivered ? Messages.unknownNoteDelivered : Messages.unknownNoteAgain;
        return Optional.of(jobs.task(NLS.bind(Messages.jobUnknown, Integer.toString(sends.size())),
                (service, session, monitor) -> {
                    for (DeliveryResult send : sends) {
                        service.confirmSend(session, send.messageId(), delivered, note);
                    }
                    return Integer.valueOf(sends.size());
                }, settled -> log.add(NLS.bind(delivered ? Messages.unknownSettledDelivered : Messages.unknownSettledAgain,
                        settled.toString()))));
    }

    /** How many of the chosen entries (none chosen: all) have an exported file. */
    public static int exported(List<Entry> entries, Set<Long> ids) {
        Set<EntryState> exported = EnumSet.of(EntryState.EXPORTED, EntryState.DELIVERED, EntryState.DONE);
        int count = 0;
        for (Entry entry : entries) {
            if ((ids.isEmpty() || ids.contains(Long.valueOf(entry.id()))) && exported.contains(entry.state())
                    && entry.exportSha256().isPresent()) {
                count++;
            }
        }
        return count;
    }

    /** Asks for a folder, then saves the chosen entries' .p12 files there. */
    public Optional<Job> saveExports(Shell shell, Set<Long> ids) {
        if (!ready()) {
            return Optional.empty();
        }
        if (exported(model.status().get().entries(), ids) == 0) {
            MessageDialog.openInformation(shell, Messages.saveExportsTitle, Messages.saveExportsNothing);
            return Optional.empty();
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.saveExportsTitle);
        dialog.setMessage(Messages.saveExportsMessage);
        String folder = dialog.open();
        return folder == null ? Optional.empty() : saveExports(Path.of(folder), ids);
    }

    /** Saves the chosen entries' .p12 files (none chosen: every exported file) into the folder, owner-only. */
    public Optional<Job> saveExports(Path folder, Set<Long> ids) {
        if (!ready()) {
            return Optional.empty();
        }
        Set<Long> chosen = Set.copyOf(ids);
        return Optional.of(jobs.task(NLS.bind(Messages.jobSaveExports, folder),
                (service, session, monitor) -> chosen.isEmpty() ? service.copyExports(session, folder)
                        : service.copyExports(session, folder, chosen),
                written -> log.add(NLS.bind(Messages.savedExports, Integer.toString(written.size()), folder))));
    }
}

package io.certdesk.ui.internal.bulk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Save Result Workbook... and Password Handout (PDF)...: in Eclipse jobs, the result in the Activity log. */
public final class FileActions {

    private final WorkspaceModel model;
    private final WorkspaceJobs jobs;
    private final ActivityLog log;

    public FileActions(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log) {
        this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.log = Objects.requireNonNull(log, "log"); //$NON-NLS-1$
    }

    public boolean ready() {
        return model.session().isPresent() && model.status().isPresent() && !jobs.running();
    }

    /** A new file chosen in a save dialog; empty when cancelled or when it exists (said so). */
    private static Optional<Path> newFile(Shell shell, String title, String name, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(name);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = Path.of(chosen);
        if (Files.exists(file)) {
            MessageDialog.openError(shell, title, NLS.bind(Messages.fileExists, file));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    public Optional<Job> saveWorkbook(Shell shell) {
        if (!ready()) {
            return Optional.empty();
        }
        return newFile(shell, Messages.workbookTitle, "result.xlsx", "xlsx").map(this::saveWorkbook); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public Job saveWorkbook(Path file) {
        return jobs.task(NLS.bind(Messages.jobWorkbook, file.getFileName()),
                (service, session, monitor) -> Integer.valueOf(service.resultWorkbook(session, file)),
                rows -> log.add(NLS.bind(Messages.workbookWritten, rows.toString(), file)));
    }

    /** Entries whose password goes by handout, and how many of them wait for it (exported). */
    public record HandoutCounts(int handout, int waiting) {
    }

    public HandoutCounts handoutCounts() {
        int handout = 0;
        int waiting = 0;
        for (Entry entry : model.status().map(s -> s.entries()).orElse(java.util.List.of())) {
            if (entry.channel().equals(Optional.of(DeliveryChannel.HANDOUT))) {
                handout++;
                if (entry.state() == EntryState.EXPORTED) {
                    waiting++;
                }
            }
        }
        return new HandoutCounts(handout, waiting);
    }

    /** Asks for the file, then whether to record the hand-over (with the counts), then writes the PDF. */
    public Optional<Job> handout(Shell shell) {
        if (!ready()) {
            return Optional.empty();
        }
        HandoutCounts counts = handoutCounts();
        if (counts.handout() == 0) {
            MessageDialog.openInformation(shell, Messages.handoutTitle, Messages.handoutNothing);
            return Optional.empty();
        }
        Optional<Path> file = newFile(shell, Messages.handoutTitle, "handout.pdf", "pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        if (file.isEmpty()) {
            return Optional.empty();
        }
        MessageDialog ask = new MessageDialog(shell, Messages.handoutTitle, null,
                NLS.bind(Messages.handoutQuestion, Integer.toString(counts.handout()),
                        Integer.toString(counts.waiting())),
                MessageDialog.QUESTION, 1, Messages.handoutMark, Messages.handoutOnly, IDialogConstants.CANCEL_LABEL);
        int answer = ask.open();
        if (answer != 0 && answer != 1) {
            return Optional.empty();
        }
        return Optional.of(handout(file.get(), answer == 0));
    }

    public Job handout(Path file, boolean markHandedOver) {
        return jobs.task(NLS.bind(Messages.jobHandout, file.getFileName()),
                (service, session, monitor) -> service.handout(session, file, Optional.empty(), markHandedOver),
                summary -> log.add(NLS.bind(Messages.handoutWritten, new Object[] { Integer.toString(summary.entries()),
                        Integer.toString(summary.pages()), file, Integer.toString(summary.recorded()) })));
    }
}

package io.certdesk.ui.internal.parts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.Messages;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.entries.Looks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Activity part: the running job's progress (counts, rate, time left) with Cancel, and the log of what happened
 * (a virtual table: time, what, error code; failures with the failed icon; double-click selects the entry), which
 * can be saved as a text file.
 */
public final class ActivityPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

    private final ActivityLog log;
    private final WorkspaceJobs jobs;
    private final EntrySelection selection;
    private final Runnable listener = this::show;
    private Label status;
    private ProgressBar bar;
    private Button cancel;
    private Table table;
    private Looks looks;

    @Inject
    public ActivityPart(ActivityLog log, WorkspaceJobs jobs, EntrySelection selection) {
        this.log = log;
        this.jobs = jobs;
        this.selection = selection;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        PixelConverter pixels = new PixelConverter(parent);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(pixels.convertHorizontalDLUsToPixels(4),
                pixels.convertVerticalDLUsToPixels(2)).applyTo(parent);
        looks = new Looks(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        Accessible.name(bar, Messages.progressAccessible);
        GridDataFactory.fillDefaults().hint(pixels.convertWidthInCharsToPixels(30), SWT.DEFAULT)
                .align(SWT.FILL, SWT.CENTER).applyTo(bar);
        cancel = new Button(parent, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.setToolTipText(Messages.cancelHelp);
        cancel.addListener(SWT.Selection, e -> jobs.cancel());
        Button save = new Button(parent, SWT.PUSH);
        save.setText(Messages.save);
        save.addListener(SWT.Selection, e -> save());
        Label caption = new Label(parent, SWT.NONE); // just before the table: its name for screen readers on GTK
        caption.setText(Messages.logTableLabel);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(caption);
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setToolTipText(Messages.failureHint);
        Accessible.name(table, Messages.logAccessible);
        for (String title : new String[] { Messages.columnTime, Messages.columnCode, Messages.columnWhat }) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        table.getColumn(0).setWidth(pixels.convertWidthInCharsToPixels(10));
        table.getColumn(1).setWidth(pixels.convertWidthInCharsToPixels(8));
        table.getColumn(2).setWidth(pixels.convertWidthInCharsToPixels(120));
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table);
        table.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            ActivityLog.Line line = log.line(table.indexOf(item));
            item.setText(new String[] { TIME.format(line.time().atZone(ZoneId.systemDefault())),
                    line.error().map(code -> Integer.toString(code.code())).orElse(""), line.text() }); //$NON-NLS-1$
            if (line.failure()) {
                item.setImage(1, looks.icon("failed")); //$NON-NLS-1$
            }
        });
        table.addListener(SWT.DefaultSelection, event -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && log.line(index).entryId() != 0) {
                selection.reveal(log.line(index).entryId());
            }
        });
        log.addListener(listener);
        show();
    }

    private void show() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int before = table.getItemCount();
        table.setItemCount(log.size());
        if (log.size() > before && before > 0) {
            table.clear(before - 1, log.size() - 1);
        }
        if (log.size() > 0) {
            table.showItem(table.getItem(log.size() - 1));
        }
        Optional<ActivityLog.Progress> progress = log.progress();
        cancel.setEnabled(jobs.running());
        if (progress.isEmpty()) {
            status.setText(jobs.running() ? Messages.started.replace("{0}", "") : Messages.idle); //$NON-NLS-1$ //$NON-NLS-2$
            bar.setSelection(0);
        } else {
            ActivityLog.Progress now = progress.get();
            bar.setMaximum(Math.max(1, now.total()));
            bar.setSelection(now.done());
            status.setText(now.left().isPresent()
                    ? NLS.bind(Messages.progressRate, new Object[] { now.task(), Integer.toString(now.done()),
                            Integer.toString(now.total()), Integer.toString(now.failed()),
                            Long.toString(Math.round(now.perMinute())),
                            Long.toString(Math.max(1, (now.left().get().toSeconds() + 59) / 60)) })
                    : NLS.bind(Messages.progressText, new Object[] { now.task(), Integer.toString(now.done()),
                            Integer.toString(now.total()), Integer.toString(now.failed()) }));
        }
        status.getParent().layout();
    }

    private void save() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFileName("certdesk-activity.txt"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                saveTo(Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(table.getShell(), Messages.save.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
                        NLS.bind(Messages.saveFailed, chosen, e.getMessage()));
            }
        }
    }

    /** Writes the log as UTF-8 text, one line per event (owner-only, replacing the file). */
    public void saveTo(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ActivityLog.Line line : log.lines()) {
            text.append(line.time()).append('\t').append(line.error().map(c -> Integer.toString(c.code())).orElse("")) //$NON-NLS-1$
                    .append('\t').append(line.text()).append(System.lineSeparator());
        }
        DurableFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), WriteMode.REPLACE);
    }

    public Table table() {
        return table;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Label statusLabel() {
        return status;
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        log.removeListener(listener);
    }
}

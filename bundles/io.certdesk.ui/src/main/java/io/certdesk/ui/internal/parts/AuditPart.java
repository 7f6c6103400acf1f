package io.certdesk.ui.internal.parts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.audit.AuditActions;
import io.certdesk.ui.internal.audit.Messages;
import io.certdesk.ui.internal.audit.Verdict;
import io.certdesk.ui.internal.entries.Looks;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.ui.internal.prefs.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Audit part (View &gt; Audit Log): the workspace's audit records (time, user, action, entry, detail) in a virtual
 * table, "Verify Chain" with its verdict in words and an icon, and "Export CSV...". Reading, verifying and exporting
 * run in Eclipse jobs under the workspace's rule.
 */
public final class AuditPart {


    private final WorkspaceModel model;
    private final WorkspaceJobs jobs;
    private final ActivityLog log;
    private final Clock clock;
    private final Runnable modelListener = this::sessionChanged;
    /** File > Preferences changed the date style: the rows are written again. */
    private final Runnable datesChanged = this::datesChanged;
    private WorkspaceSession shownSession;
    private List<AuditRecord> records = List.of();
    private Composite root;
    private Label verdictIcon;
    private Label verdict;
    private Label count;
    private Button reload;
    private Button verify;
    private Button export;
    private Table table;
    private Looks looks;

    @Inject
    public AuditPart(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log, Clock clock) {
        this.model = model;
        this.jobs = jobs;
        this.log = log;
        this.clock = clock;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        looks = new Looks(parent);
        PixelConverter pixels = new PixelConverter(parent);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(pixels.convertHorizontalDLUsToPixels(4),
                pixels.convertVerticalDLUsToPixels(2)).applyTo(parent);
        verdictIcon = new Label(parent, SWT.NONE);
        Accessible.name(verdictIcon, Messages.verdictAccessible);
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(verdictIcon);
        verdict = new Label(parent, SWT.WRAP);
        Accessible.name(verdict, Messages.verdictAccessible);
        GridDataFactory.fillDefaults().grab(true, false).hint(pixels.convertWidthInCharsToPixels(40), SWT.DEFAULT)
                .applyTo(verdict);
        reload = button(parent, Messages.refresh, this::load);
        verify = button(parent, Messages.verify, this::verify);
        verify.setToolTipText(Messages.verifyHelp);
        export = button(parent, Messages.export, this::exportAsked);
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(count);
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL
                | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Accessible.name(table, Messages.tableAccessible);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(table);
        String[] headers = { Messages.columnTime, Messages.columnUser, Messages.columnAction, Messages.columnEntry,
                Messages.columnDetail };
        int[] chars = { 20, 12, 44, 14, 60 }; // the action in words with its recorded id
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setMoveable(true);
            column.setWidth(pixels.convertWidthInCharsToPixels(chars[i]));
        }
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
        model.addListener(modelListener);
        Dates.addListener(datesChanged);
        sessionChanged();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= records.size()) {
            return;
        }
        AuditRecord record = records.get(index);
        item.setText(new String[] { Dates.seconds(record.at(), clock.getZone()), record.actor(), AuditActions.text(record.action()),
                record.certificateNumber().isEmpty() ? record.entryId().map(String::valueOf).orElse("") //$NON-NLS-1$
                        : record.certificateNumber(),
                record.detail() });
    }

    /** Reads the records again when another workspace was opened (or the workspace closed). */
    private void sessionChanged() {
        if (root == null || root.isDisposed()) {
            return;
        }
        WorkspaceSession session = model.session().orElse(null);
        boolean open = session != null;
        reload.setEnabled(open);
        verify.setEnabled(open);
        export.setEnabled(open);
        if (session != shownSession) {
            shownSession = session;
            showVerdict(Optional.empty());
            if (open) {
                load();
            } else {
                show(List.of());
                count.setText(Messages.noWorkspace);
            }
        }
    }

    /** Reads the records in a job. */
    public Job load() {
        return model.session().isEmpty() ? null
                : jobs.read(Messages.jobLoad, (service, session, monitor) -> service.auditRecords(session), this::show);
    }

    private void show(List<AuditRecord> read) {
        if (table.isDisposed()) {
            return;
        }
        records = List.copyOf(read);
        table.setItemCount(records.size());
        table.clearAll();
        count.setText(NLS.bind(Messages.count, Integer.toString(records.size())));
        root.layout(true, true);
    }

    /** Verify Chain: checks the hash chain in a job and shows the verdict. */
    public Job verify() {
        if (model.session().isEmpty()) {
            return null;
        }
        return jobs.read(Messages.jobVerify, (service, session, monitor) -> service.verifyAudit(session), result -> {
            showVerdict(Optional.of(result));
            log.add(NLS.bind(Messages.verified, Verdict.text(result)));
        });
    }

    private void showVerdict(Optional<AuditVerification> result) {
        if (verdict.isDisposed()) {
            return;
        }
        verdictIcon.setImage(result.map(r -> looks.icon(Verdict.icon(r))).orElse(null));
        verdict.setText(result.map(Verdict::text).orElse(Messages.notVerified));
        root.layout(true, true);
    }

    /** The verdict shown now (tests). */
    public String verdictText() {
        return verdict.getText();
    }

    public boolean verdictHasIcon() {
        return verdictIcon.getImage() != null;
    }

    public Table table() {
        return table;
    }

    public Button verifyButton() {
        return verify;
    }

    private void exportAsked() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText(Messages.exportTitle);
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName("audit.csv"); //$NON-NLS-1$
        String file = dialog.open();
        if (file != null) {
            export(Path.of(file));
        }
    }

    /** Export CSV: writes the audit log to the file (which must not exist) in a job; the result goes to the log. */
    public Job export(Path file) {
        if (model.session().isEmpty()) {
            return null;
        }
        return jobs.read(NLS.bind(Messages.jobExport, file),
                (service, session, monitor) -> Integer.valueOf(service.exportAudit(session, file)),
                written -> log.add(NLS.bind(Messages.exported, written.toString(), file)));
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    private void datesChanged() {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    table.clearAll();
                }
            });
        }
    }

    @PreDestroy
    public void dispose() {
        model.removeListener(modelListener);
        Dates.removeListener(datesChanged);
    }
}

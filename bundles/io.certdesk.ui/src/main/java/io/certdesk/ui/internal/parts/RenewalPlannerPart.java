package io.certdesk.ui.internal.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.RenewalCalendar;
import io.certdesk.jobs.RenewalList;
import io.certdesk.jobs.RenewalPlan;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.renewals.Messages;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.ui.internal.prefs.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The Renewal Planner part (View &gt; Renewal Planner): the certificates whose renewal window is open or opens within
 * the days typed (1 to 366, checked as typed), in a tree grouped by date, and "Export Calendar (.ics)..." and
 * "Export List (CSV)...". Planning and exporting run in Eclipse jobs under the workspace's rule
 * ({@code JobService.renewalPlan}).
 */
public final class RenewalPlannerPart {

    /** The look-ahead shown first, in days. */
    public static final int DEFAULT_DAYS = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT); //$NON-NLS-1$

    /** What an export writes. */
    public enum Export {
        CALENDAR, LIST
    }

    private final WorkspaceModel model;
    private final WorkspaceJobs jobs;
    private final ActivityLog log;
    private final Clock clock;
    private final Runnable modelListener = this::sessionChanged;
    /** File > Preferences changed the date style: the plan is written again. */
    private final Runnable datesChanged = this::datesChanged;
    private WorkspaceSession shownSession;
    /** The workspace's status the plan was asked for: a run, import or refresh that changes it plans again. */
    private Object shownStatus;
    /** A plan is being made; a change meanwhile is planned once it is done, not once per change. */
    private Job loading;
    private boolean stale;
    private Composite root;
    private Text days;
    private Label problem;
    private Label count;
    private Tree tree;
    private Button exportCalendar;
    private Button exportList;
    private RenewalPlan plan;

    @Inject
    public RenewalPlannerPart(WorkspaceModel model, WorkspaceJobs jobs, ActivityLog log, Clock clock) {
        this.model = model;
        this.jobs = jobs;
        this.log = log;
        this.clock = clock;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        PixelConverter pixels = new PixelConverter(parent);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(pixels.convertHorizontalDLUsToPixels(4),
                pixels.convertVerticalDLUsToPixels(2)).applyTo(parent);
        Label daysLabel = new Label(parent, SWT.NONE);
        daysLabel.setText(Messages.daysLabel);
        days = new Text(parent, SWT.BORDER);
        days.setText(Integer.toString(DEFAULT_DAYS));
        Accessible.name(days, Messages.daysLabel.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().hint(pixels.convertWidthInCharsToPixels(6), SWT.DEFAULT).applyTo(days);
        problem = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
        exportCalendar = button(parent, Messages.exportCalendar, () -> exportAsked(Export.CALENDAR));
        exportList = button(parent, Messages.exportList, () -> exportAsked(Export.LIST));
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(count);
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        Accessible.name(tree, Messages.treeAccessible);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(tree);
        String[] headers = { Messages.columnDate, Messages.columnGroup, Messages.columnName, Messages.columnExpiry,
                Messages.columnOpens, Messages.columnState };
        int[] chars = { 32, 22, 22, 12, 16, 18 };
        for (int i = 0; i < headers.length; i++) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(pixels.convertWidthInCharsToPixels(chars[i]));
        }
        days.addListener(SWT.Modify, e -> daysChanged());
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

    /** The days typed, when valid (1 to 366). */
    public Optional<Integer> days() {
        String text = days.getText().strip();
        if (!text.matches("[0-9]{1,3}")) { //$NON-NLS-1$
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= RenewalPlan.MAX_DAYS ? Optional.of(Integer.valueOf(value)) : Optional.empty();
    }

    private void daysChanged() {
        boolean valid = days().isPresent();
        problem.setText(valid ? "" : Messages.daysInvalid); //$NON-NLS-1$
        enable();
        if (valid) {
            load();
        }
        root.layout(true, true);
    }

    private void enable() {
        boolean ready = model.session().isPresent() && days().isPresent();
        exportCalendar.setEnabled(ready);
        exportList.setEnabled(ready);
    }

    private void sessionChanged() {
        if (root == null || root.isDisposed()) {
            return;
        }
        WorkspaceSession session = model.session().orElse(null);
        enable();
        Object status = model.status().orElse(null);
        if (session != shownSession) {
            shownSession = session;
            shownStatus = status;
            if (session != null) {
                load();
            } else {
                plan = null;
                tree.removeAll();
                count.setText(Messages.noWorkspace);
            }
        } else if (session != null && status != shownStatus) {
            shownStatus = status;
            if (loading != null) {
                stale = true;
            } else {
                load();
            }
        }
    }

    /** Plans in a job with the days typed (nothing when none valid or no workspace is open). */
    public Job load() {
        Optional<Integer> ahead = days();
        if (model.session().isEmpty() || ahead.isEmpty()) {
            return null;
        }
        int n = ahead.get().intValue();
        Job job = jobs.read(Messages.jobLoad, (service, session, monitor) -> service.renewalPlan(session, n), this::show);
        loading = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!root.isDisposed()) {
                    root.getDisplay().asyncExec(() -> loaded(job));
                }
            }
        });
        if (job.getState() == Job.NONE) { // done before the listener came: its done event was missed
            root.getDisplay().asyncExec(() -> loaded(job));
        }
        return job;
    }

    private void loaded(Job job) {
        if (loading != job || root.isDisposed()) {
            return;
        }
        loading = null;
        if (stale) {
            stale = false;
            load();
        }
    }

    private void show(RenewalPlan read) {
        if (tree.isDisposed()) {
            return;
        }
        plan = read;
        tree.setRedraw(false);
        tree.removeAll();
        for (RenewalPlan.Due due : read.dates()) {
            TreeItem date = new TreeItem(tree, SWT.NONE);
            date.setText(0, NLS.bind(Messages.dateLine, Dates.day(due.date()), Integer.toString(due.entries().size())));
            for (RenewalPlan.Item item : due.entries()) {
                TreeItem row = new TreeItem(date, SWT.NONE);
                row.setText(new String[] { item.certificateNumber(), item.groupId(), item.name(),
                        Dates.day(item.expiry(), read.zone()), Dates.day(item.windowOpens(), read.zone()), state(item) });
            }
            date.setExpanded(true);
        }
        tree.setRedraw(true);
        count.setText(NLS.bind(Messages.count, new Object[] { Integer.toString(read.entries().size()),
                Integer.toString(read.dates().size()), Integer.toString(read.days()) }));
        root.layout(true, true);
    }

    private static String state(RenewalPlan.Item item) {
        return switch (item.phase()) {
            case RENEWAL_OPEN -> Messages.stateOpen;
            case EXPIRED -> Messages.stateExpired;
            case VALID -> Messages.stateOpens;
        };
    }

    /** The plan shown now (tests), empty before the first one was read. */
    public Optional<RenewalPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public Tree tree() {
        return tree;
    }

    public Text daysField() {
        return days;
    }

    public String problemText() {
        return problem.getText();
    }

    public Button exportCalendarButton() {
        return exportCalendar;
    }

    public Button exportListButton() {
        return exportList;
    }

    private void exportAsked(Export what) {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        boolean calendar = what == Export.CALENDAR;
        dialog.setText(calendar ? Messages.exportCalendarTitle : Messages.exportListTitle);
        dialog.setFilterExtensions(new String[] { calendar ? "*.ics" : "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialog.setFileName("renewals-" + DAY.format(LocalDate.now(clock)) + (calendar ? ".ics" : ".csv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String file = dialog.open();
        if (file != null) {
            export(what, Path.of(file));
        }
    }

    /** Plans again with the days typed and writes the calendar or the list (owner-only) in a job; the result goes to the log. */
    public Job export(Export what, Path file) {
        Optional<Integer> ahead = days();
        if (model.session().isEmpty() || ahead.isEmpty()) {
            return null;
        }
        int n = ahead.get().intValue();
        return jobs.read(NLS.bind(Messages.jobExport, file), (service, session, monitor) -> {
            RenewalPlan written = service.renewalPlan(session, n);
            try {
                if (what == Export.CALENDAR) {
                    RenewalCalendar.write(file, written, clock.instant());
                } else {
                    RenewalList.write(file, written);
                }
            } catch (IOException e) {
                throw new JobException(ErrorCode.STORE_CANNOT_WRITE, file + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
            return written;
        }, written -> log.add(NLS.bind(Messages.exported, Integer.toString(written.entries().size()), file)));
    }

    @Focus
    public void setFocus() {
        days.setFocus();
    }

    private void datesChanged() {
        if (tree != null && !tree.isDisposed()) {
            tree.getDisplay().asyncExec(() -> {
                if (plan != null) {
                    show(plan);
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

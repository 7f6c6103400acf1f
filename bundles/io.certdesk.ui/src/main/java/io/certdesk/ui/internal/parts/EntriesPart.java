package io.certdesk.ui.internal.parts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.Messages;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.entries.EntryRow;
import io.certdesk.ui.internal.entries.EntryTable;
import io.certdesk.ui.internal.entries.FilterBar;
import io.certdesk.ui.internal.entries.FilterRequests;
import io.certdesk.ui.internal.entries.OverviewStrip;
import io.certdesk.ui.internal.entries.QuickFilter;
import io.certdesk.ui.internal.entries.Rows;
import io.certdesk.ui.internal.roster.RosterDrop;
import io.certdesk.ui.internal.start.StartPage;
import io.certdesk.ui.internal.start.WorkspaceActions;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.bulk.BulkActions;
import io.certdesk.ui.internal.bulk.EntryMenu;
import io.certdesk.ui.internal.prefs.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.prefs.Preferences;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The Entries part: the overview strip, the filter bar and one table row per entry of the open workspace. Reads
 * the workspace only from the {@link WorkspaceModel} in the e4 context; the countdowns follow the context's
 * {@link Clock} and are recomputed every {@value #TICK_MILLIS} ms.
 */
public final class EntriesPart {

    /** The context name of the preferences node that remembers the table's columns (tests give their own). */
    public static final String COLUMN_PREFERENCES = "io.certdesk.ui.entries.columns"; //$NON-NLS-1$

    /** The Details part's id (Enter shows it). */
    public static final String DETAILS_PART = "io.certdesk.ui.part.details"; //$NON-NLS-1$

    /** How often the countdowns and risks are recomputed. */
    public static final int TICK_MILLIS = 30_000;

    private final WorkspaceModel model;
    private final Clock clock;
    private final WorkspaceActions actions;
    private final EntrySelection selection;
    private final FilterRequests filterRequests;
    private final WorkspaceJobs jobs;
    private final ActivityLog log;
    private final EPartService parts;
    private final Preferences columns;
    private final java.util.function.Consumer<Long> revealer = this::reveal;
    private final java.util.function.Consumer<QuickFilter> filterRequest = this::pick;
    private final Runnable modelListener = this::showModel;
    private final Runnable tick = this::tick;
    /** File > Preferences changed the date style: the rows are written again. */
    private final Runnable datesChanged = () -> later(this::showModel);
    private Composite root;
    private Label message;
    private OverviewStrip overview;
    private FilterBar filter;
    private EntryTable table;
    private Label tableLabel;
    private StartPage start;

    @Inject
    public EntriesPart(WorkspaceModel model, Clock clock,
            @org.eclipse.e4.core.di.annotations.Optional WorkspaceActions actions,
            @org.eclipse.e4.core.di.annotations.Optional EntrySelection selection,
            @org.eclipse.e4.core.di.annotations.Optional FilterRequests filterRequests,
            @org.eclipse.e4.core.di.annotations.Optional WorkspaceJobs jobs,
            @org.eclipse.e4.core.di.annotations.Optional ActivityLog log,
            @org.eclipse.e4.core.di.annotations.Optional EPartService parts,
            @org.eclipse.e4.core.di.annotations.Optional @Named(COLUMN_PREFERENCES) Preferences columns) {
        this.model = model;
        this.clock = clock;
        this.actions = actions;
        this.selection = selection;
        this.filterRequests = filterRequests;
        this.jobs = jobs;
        this.log = log;
        this.parts = parts;
        this.columns = columns != null ? columns
                : InstanceScope.INSTANCE.getNode("io.certdesk.ui").node("entries.columns"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        PixelConverter pixels = new PixelConverter(parent);
        GridLayoutFactory.fillDefaults().margins(pixels.convertHorizontalDLUsToPixels(4),
                pixels.convertVerticalDLUsToPixels(4)).spacing(pixels.convertHorizontalDLUsToPixels(4),
                        pixels.convertVerticalDLUsToPixels(2)).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(pixels.convertWidthInCharsToPixels(40), SWT.DEFAULT)
                .applyTo(message);
        if (actions != null) {
            start = new StartPage(parent, actions);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(start.control());
            RosterDrop.install(parent, file -> actions.importRoster(parent.getShell(), java.util.Optional.of(file)));
        }
        if (filterRequests != null) {
            filterRequests.addListener(filterRequest);
        }
        model.addListener(modelListener);
        Dates.addListener(datesChanged);
        // Start-up (docs/architecture.md): behind the start page the table side is hidden; it is made right after
        // the window shows (or at once when something needs it), not before.
        if (start != null && model.status().isEmpty()) {
            later(() -> {
                tableSide();
                showModel();
            });
        }
        showModel();
        parent.getDisplay().timerExec(TICK_MILLIS, tick);
    }

    /** The overview strip, the filter bar and the table, below the start page: made once, when first needed. */
    private void tableSide() {
        if (table != null || root == null || root.isDisposed()) {
            return;
        }
        overview = new OverviewStrip(root, this::pick);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(overview.control());
        filter = new FilterBar(root, text -> table.setFilterText(text), this::pick);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter.control());
        // the label made just before the table is what screen readers on GTK announce as the table's name
        tableLabel = new Label(root, SWT.NONE);
        tableLabel.setText(Messages.entriesTableLabel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tableLabel);
        table = new EntryTable(root, columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl());
        Table swtTable = table.viewer().getTable();
        new EntryMenu(swtTable, table::selectedIds, bulk(), this::copySelection, this::showDetails,
                table.columnLayout());
        swtTable.addListener(SWT.KeyDown, this::key);
        swtTable.addListener(SWT.DefaultSelection, e -> showDetails());
        filter.text().addListener(SWT.KeyDown, this::key);
        table.addChangeListener(() -> filter.showCount(table.visibleRows().size(), table.rows().size(),
                table.quickFilter()));
        if (selection != null) {
            swtTable.addListener(SWT.Selection, e -> selection.selected(table.selectedIds()));
            table.addChangeListener(() -> selection.selected(table.selectedIds()));
            selection.addRevealer(revealer);
        }
        showTableSide(model.status().isPresent());
        root.layout(true, true);
    }

    private void showTableSide(boolean open) {
        show(overview.control(), open);
        show(filter.control(), open);
        show(tableLabel, open);
        show(table.viewer().getControl(), open || start == null);
    }

    /** The actions on the selection, when the window has the job machinery (the workbench always does). */
    public BulkActions bulk() {
        return jobs != null && log != null ? new BulkActions(model, jobs, log) : null;
    }

    /** Ctrl+C copies the selected rows, Ctrl+F goes to the filter box (Cmd on macOS). */
    private void key(Event event) {
        if ((event.stateMask & SWT.MODIFIER_MASK) != SWT.MOD1) {
            return;
        }
        if ((event.keyCode == 'c' || event.keyCode == 'C') && event.widget == table.viewer().getTable()) {
            event.doit = false;
            copySelection();
        } else if (event.keyCode == 'f' || event.keyCode == 'F') {
            event.doit = false;
            focusFilter();
        }
    }

    /** Puts the selected rows on the clipboard as tab-separated text (Excel), the shown columns in their order. */
    public void copySelection() {
        tableSide();
        int rows = table.selectedRows().size();
        if (rows == 0) {
            return;
        }
        Clipboard clipboard = new Clipboard(root.getDisplay());
        try {
            clipboard.setContents(new Object[] { table.selectionAsTsv() },
                    new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        if (log != null) {
            log.add(NLS.bind(io.certdesk.ui.internal.bulk.Messages.copied, Integer.toString(rows)));
        }
    }

    /** Ctrl+F: the filter box, its text selected to be typed over. */
    public void focusFilter() {
        tableSide();
        if (filter.control().isVisible()) {
            filter.text().setFocus();
            filter.text().selectAll();
        }
    }

    /** Enter: the selected entry in the Details part, brought to the front. */
    public void showDetails() {
        tableSide();
        if (selection != null) {
            selection.selected(table.selectedIds());
        }
        if (parts != null && table.selectedIds().size() == 1) {
            parts.showPart(DETAILS_PART, PartState.ACTIVATE);
        }
    }

    private void pick(QuickFilter quick) {
        tableSide();
        table.setQuickFilter(quick);
        filter.showQuick(quick);
    }

    private void showModel() {
        if (root == null || root.isDisposed()) {
            return;
        }
        Optional<WorkspaceStatus> status = model.status();
        boolean open = status.isPresent();
        if (open || start == null) {
            tableSide();
        }
        if (table != null) {
            List<EntryRow> rows = status.map(s -> Rows.of(s, clock.getZone(), clock.instant())).orElse(List.of());
            table.setRows(rows);
            overview.update(status, rows, clock.instant(), clock.getZone());
        }
        String text = model.problem().orElseGet(() -> open
                ? NLS.bind(Messages.workspaceOpen, model.session().map(s -> s.folder().toString()).orElse("")) //$NON-NLS-1$
                : Messages.noWorkspace);
        message.setText(text);
        show(message, open || start == null || model.problem().isPresent());
        if (table != null) {
            showTableSide(open);
        }
        if (start != null) {
            show(start.control(), !open);
            if (!open) {
                start.showRecent();
            }
        }
        root.layout(true, true);
    }

    private static void show(Control control, boolean shown) {
        control.setVisible(shown);
        ((GridData) control.getLayoutData()).exclude = !shown;
    }

    private void tick() {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (table != null) {
            table.tick(clock.instant());
            overview.update(model.status(), table.rows(), clock.instant(), clock.getZone());
        }
        root.getDisplay().timerExec(TICK_MILLIS, tick);
        if (model.session().isPresent()) {
            model.refresh(); // the job service's risk flags and counts follow time too
        }
    }

    /** The table (tests, other parts' selection). */
    public EntryTable table() {
        tableSide();
        return table;
    }

    public OverviewStrip overview() {
        tableSide();
        return overview;
    }

    /** The start page (shown while no workspace is open); null without workspace actions. */
    public StartPage startPage() {
        return start;
    }

    public FilterBar filterBar() {
        tableSide();
        return filter;
    }

    /** Recomputes the countdowns now, without reading the status again (tests; the timer does both). */
    public void tickNow() {
        tableSide();
        table.tick(clock.instant());
        overview.update(model.status(), table.rows(), clock.instant(), clock.getZone());
    }

    @Focus
    public void setFocus() {
        if (table == null) {
            root.setFocus(); // the start page (the table side is not made yet, and would be hidden)
            return;
        }
        table.viewer().getControl().setFocus();
    }

    private void reveal(Long entryId) {
        tableSide();
        if (table != null && !table.reveal(entryId.longValue())) {
            pick(QuickFilter.ALL);
            filter.text().setText(""); //$NON-NLS-1$
            table.setFilterText(""); //$NON-NLS-1$
            table.reveal(entryId.longValue());
        }
    }

    private void later(Runnable action) {
        if (root != null && !root.isDisposed()) {
            root.getDisplay().asyncExec(action);
        }
    }

    @PreDestroy
    public void dispose() {
        if (table != null) {
            table.columnLayout().flush();
        }
        model.removeListener(modelListener);
        Dates.removeListener(datesChanged);
        if (filterRequests != null) {
            filterRequests.removeListener(filterRequest);
        }
        if (selection != null) {
            selection.removeRevealer(revealer);
        }
        if (root != null && !root.isDisposed()) {
            root.getDisplay().timerExec(-1, tick);
        }
    }
}

package io.certdesk.ui.tests;

import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.entries.FilterRequests;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.parts.ActivityPart;
import io.certdesk.ui.internal.parts.AuditPart;
import io.certdesk.ui.internal.parts.DetailsPart;
import io.certdesk.ui.internal.start.RecentWorkspaces;
import io.certdesk.ui.internal.start.WorkspaceActions;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.entries.EntryRow;
import io.certdesk.ui.internal.parts.EntriesPart;
import io.certdesk.ui.internal.parts.RenewalPlannerPart;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The real Entries part in a shell, made by e4 dependency injection from a context like the workbench's. */
final class PartHarness implements AutoCloseable {

    final Display display;
    final Shell shell;
    final WorkspaceModel model;
    final EntriesPart part;
    final WorkspaceActions actions;
    final ActivityLog log;
    final WorkspaceJobs jobs;
    final EntrySelection selection;
    final FilterRequests filters = new FilterRequests();
    private Shell activityShell;
    private ActivityPart activity;
    private Shell detailsShell;
    private DetailsPart details;
    private Shell auditShell;
    private AuditPart audit;
    private Shell renewalsShell;
    private RenewalPlannerPart renewals;
    private final IEclipseContext context;
    private final Preferences recentNode;
    final Preferences columnsNode;

    PartHarness(JobService jobs, Clock clock) {
        this(jobs, clock, null, null);
    }

    /** With the preferences node that remembers the table's columns (a restart: the same node again). */
    PartHarness(JobService jobs, Clock clock, Preferences columns) {
        this(jobs, clock, null, null, columns);
    }

    PartHarness(JobService jobs, Clock clock, DemoService demos, Supplier<Path> demoFolders) {
        this(jobs, clock, demos, demoFolders, null);
    }

    /** With the demo service and the folder each demo started from the window gets. */
    PartHarness(JobService jobs, Clock clock, DemoService demos, Supplier<Path> demoFolders, Preferences columns) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("CertDesk entries");
        shell.setLayout(new FillLayout());
        Composite parent = new Composite(shell, 0);
        PixelConverter pixels = new PixelConverter(shell);
        var screen = display.getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x, screen.y, Math.min(screen.width, pixels.convertWidthInCharsToPixels(200)),
                Math.min(screen.height, pixels.convertHeightInCharsToPixels(30)));
        model = new WorkspaceModel(jobs, display::asyncExec);
        context = EclipseContextFactory.create("entries test");
        context.set(WorkspaceModel.class, model);
        recentNode = InstanceScope.INSTANCE.getNode("io.certdesk.ui.tests").node(UUID.randomUUID().toString());
        actions = new WorkspaceActions(model, new RecentWorkspaces(recentNode), Optional.ofNullable(demos),
                demoFolders != null ? demoFolders : () -> {
                    throw new AssertionError("no demo in this test");
                });
        context.set(WorkspaceActions.class, actions);
        log = new ActivityLog(clock);
        this.jobs = new WorkspaceJobs(model, log, display::asyncExec);
        selection = new EntrySelection();
        context.set(ActivityLog.class, log);
        context.set(WorkspaceJobs.class, this.jobs);
        context.set(EntrySelection.class, selection);
        context.set(FilterRequests.class, filters);
        context.set(Clock.class, clock);
        context.set(Composite.class, parent);
        columnsNode = columns != null ? columns : recentNode.node("columns");
        context.set(EntriesPart.COLUMN_PREFERENCES, columnsNode);
        part = ContextInjectionFactory.make(EntriesPart.class, context);
        shell.open();
        Ui.activate(shell);
    }

    /** The real Activity part, in a second shell below the first (made on first use). */
    ActivityPart activity() {
        if (activity == null) {
            activityShell = new Shell(display);
            activityShell.setText("CertDesk activity");
            activityShell.setLayout(new FillLayout());
            Composite parent = new Composite(activityShell, 0);
            var bounds = shell.getBounds();
            activityShell.setBounds(bounds.x, bounds.y + bounds.height / 2, bounds.width, bounds.height / 2);
            IEclipseContext child = context.createChild("activity");
            child.set(Composite.class, parent);
            activity = ContextInjectionFactory.make(ActivityPart.class, child);
            activityShell.open();
        }
        return activity;
    }

    /** The real Details part in its own shell (made on first use). */
    DetailsPart details() {
        if (details == null) {
            detailsShell = new Shell(display);
            detailsShell.setText("CertDesk details");
            detailsShell.setLayout(new FillLayout());
            Composite parent = new Composite(detailsShell, 0);
            var bounds = shell.getBounds();
            detailsShell.setBounds(bounds.x + bounds.width / 2, bounds.y, bounds.width / 2, bounds.height);
            IEclipseContext child = context.createChild("details");
            child.set(Composite.class, parent);
            details = ContextInjectionFactory.make(DetailsPart.class, child);
            detailsShell.open();
        }
        return details;
    }

    /** The real Audit part in its own shell (made on first use). */
    AuditPart audit() {
        if (audit == null) {
            auditShell = new Shell(display);
            auditShell.setText("CertDesk audit");
            auditShell.setLayout(new FillLayout());
            Composite parent = new Composite(auditShell, 0);
            auditShell.setBounds(shell.getBounds());
            IEclipseContext child = context.createChild("audit");
            child.set(Composite.class, parent);
            audit = ContextInjectionFactory.make(AuditPart.class, child);
            auditShell.open();
            Ui.activate(auditShell);
        }
        return audit;
    }

    Shell auditShell() {
        return auditShell;
    }

    /** The real Renewal Planner part in its own shell (made on first use). */
    RenewalPlannerPart renewals() {
        if (renewals == null) {
            renewalsShell = new Shell(display);
            renewalsShell.setText("CertDesk renewals");
            renewalsShell.setLayout(new FillLayout());
            Composite parent = new Composite(renewalsShell, 0);
            renewalsShell.setBounds(shell.getBounds());
            IEclipseContext child = context.createChild("renewals");
            child.set(Composite.class, parent);
            renewals = ContextInjectionFactory.make(RenewalPlannerPart.class, child);
            renewalsShell.open();
            Ui.activate(renewalsShell);
        }
        return renewals;
    }

    Shell renewalsShell() {
        return renewalsShell;
    }

    Shell detailsShell() {
        return detailsShell;
    }

    Shell activityShell() {
        return activityShell;
    }

    Table table() {
        return part.table().viewer().getTable();
    }

    void waitForStatus() {
        Ui.waitUntil(display, () -> model.status().isPresent() || model.problem().isPresent(), Duration.ofSeconds(60),
                "the workspace status");
        Ui.settle(display, 100);
    }

    /** The table item showing an entry (the virtual table fills it on demand). */
    TableItem item(long entryId) {
        var rows = part.table().visibleRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entry().id() == entryId) {
                return table().getItem(i);
            }
        }
        throw new AssertionError("entry " + entryId + " is not shown");
    }

    String text(long entryId, EntryColumn column) {
        return item(entryId).getText(column.ordinal());
    }

    EntryRow row(long entryId) {
        return part.table().rows().stream().filter(r -> r.entry().id() == entryId).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        this.jobs.cancel();
        Ui.waitUntil(display, () -> !this.jobs.running(), Duration.ofSeconds(60), "the running job to stop");
        context.dispose();
        model.close();
        shell.dispose();
        if (activityShell != null) {
            activityShell.dispose();
        }
        if (detailsShell != null) {
            detailsShell.dispose();
        }
        if (auditShell != null) {
            auditShell.dispose();
        }
        if (renewalsShell != null) {
            renewalsShell.dispose();
        }
        try {
            recentNode.removeNode();
        } catch (BackingStoreException e) {
            // a test node: left behind in the test run's instance area
        }
    }
}

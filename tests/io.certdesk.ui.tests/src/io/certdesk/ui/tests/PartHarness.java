package io.certdesk.ui.tests;

import java.time.Clock;
import java.time.Duration;

import io.certdesk.jobs.JobService;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.entries.EntryRow;
import io.certdesk.ui.internal.parts.EntriesPart;
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
    private final IEclipseContext context;

    PartHarness(JobService jobs, Clock clock) {
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
        context.set(Clock.class, clock);
        context.set(Composite.class, parent);
        part = ContextInjectionFactory.make(EntriesPart.class, context);
        shell.open();
        Ui.activate(shell);
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
        context.dispose();
        model.close();
        shell.dispose();
    }
}

package io.certdesk.ui.internal.bulk;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.ui.internal.entries.ColumnLayout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

/**
 * The rows' menu of the entries table (right-click or the menu key): the Batch menu's actions on the selected rows,
 * Copy, Details and the column chooser. Items are enabled as the selection and the running job allow.
 */
public final class EntryMenu {

    private final Table table;
    private final Supplier<Set<Long>> selected;
    private final BulkActions actions;
    private final Runnable copy;
    private final Runnable details;
    private final ColumnLayout columns;

    public EntryMenu(Table table, Supplier<Set<Long>> selected, BulkActions actions, Runnable copy, Runnable details,
            ColumnLayout columns) {
        this.table = table;
        this.selected = selected;
        this.actions = actions;
        this.copy = copy;
        this.details = details;
        this.columns = columns;
        Menu menu = new Menu(table);
        menu.addListener(SWT.Show, e -> fill(menu));
        table.setMenu(menu);
    }

    private void fill(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Set<Long> ids = selected.get();
        boolean any = !ids.isEmpty();
        boolean ready = actions != null && actions.ready() && any;
        item(menu, Messages.menuRun, ready, () -> actions.run(ids, false));
        item(menu, Messages.menuRetry, ready, () -> actions.run(ids, true));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.menuDeliver, ready,
                () -> actions.deliver(table.getShell(), ids, EnumSet.allOf(DeliveryPart.class)));
        item(menu, Messages.menuDeliverFile, ready,
                () -> actions.deliver(table.getShell(), ids, EnumSet.of(DeliveryPart.FILE)));
        item(menu, Messages.menuDeliverPassword, ready,
                () -> actions.deliver(table.getShell(), ids, EnumSet.of(DeliveryPart.PASSWORD)));
        item(menu, Messages.menuHandOver, ready, () -> actions.markHandedOver(table.getShell(), ids));
        item(menu, Messages.menuUnknown, ready, () -> actions.confirmUnknownSends(table.getShell(), ids));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.menuSaveExports, ready, () -> actions.saveExports(table.getShell(), ids));
        item(menu, Messages.menuCopy, any, copy);
        item(menu, Messages.menuDetails, ids.size() == 1, details);
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem chooser = new MenuItem(menu, SWT.CASCADE);
        chooser.setText(Messages.menuColumns);
        Menu sub = new Menu(menu);
        columns.fill(sub);
        chooser.setMenu(sub);
    }

    private static void item(Menu menu, String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> action.run());
    }
}

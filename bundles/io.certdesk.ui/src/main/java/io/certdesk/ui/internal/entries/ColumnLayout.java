package io.certdesk.ui.internal.entries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.certdesk.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which columns the entries table shows, in which order and how wide, remembered in a preferences node across
 * restarts: columns are moved by dragging their header, resized by dragging its edge, and shown or hidden from the
 * header's menu (right-click or the menu key on a header), which also resets the layout. A hidden column keeps its
 * place and width (it is only made zero wide and fixed).
 */
public final class ColumnLayout {

    private static final String ORDER = "order"; //$NON-NLS-1$
    private static final String WIDTH = "width."; //$NON-NLS-1$
    private static final String HIDDEN = "hidden."; //$NON-NLS-1$
    private static final String SHOWN_WIDTH = "io.certdesk.shownWidth"; //$NON-NLS-1$

    private final Table table;
    private final Preferences preferences;
    private final int[] defaultWidths;
    private final Runnable changed;
    private boolean restoring;

    /** Restores what {@code preferences} remembers and remembers every later change; {@code changed} runs after it. */
    public ColumnLayout(Table table, Preferences preferences, Runnable changed) {
        this.table = table;
        this.preferences = preferences;
        this.changed = changed;
        TableColumn[] columns = table.getColumns();
        defaultWidths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            defaultWidths[i] = columns[i].getWidth();
        }
        restore();
        for (TableColumn column : columns) {
            column.addListener(SWT.Move, e -> save());
            column.addListener(SWT.Resize, e -> save());
        }
        table.addListener(SWT.MenuDetect, this::headerMenu);
    }

    private void restore() {
        restoring = true;
        try {
            TableColumn[] columns = table.getColumns();
            for (int i = 0; i < columns.length; i++) {
                int width = Math.max(0, preferences.getInt(WIDTH + key(columns[i]), defaultWidths[i]));
                show(columns[i], !preferences.getBoolean(HIDDEN + key(columns[i]), false), width);
            }
            int[] order = parseOrder(preferences.get(ORDER, "")); //$NON-NLS-1$
            if (order != null) {
                table.setColumnOrder(order);
            }
        } finally {
            restoring = false;
        }
    }

    /** The order as stored ("NAME,STATE,..."), or null when it does not name every column once. */
    private int[] parseOrder(String stored) {
        if (stored.isBlank()) {
            return null;
        }
        String[] names = stored.split(","); //$NON-NLS-1$
        TableColumn[] columns = table.getColumns();
        if (names.length != columns.length) {
            return null;
        }
        int[] order = new int[names.length];
        boolean[] seen = new boolean[columns.length];
        for (int i = 0; i < names.length; i++) {
            int index = indexOf(names[i].strip());
            if (index < 0 || seen[index]) {
                return null;
            }
            seen[index] = true;
            order[i] = index;
        }
        return order;
    }

    private int indexOf(String key) {
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (key(columns[i]).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(TableColumn column) {
        return ((EntryColumn) column.getData()).name();
    }

    private void save() {
        if (restoring || table.isDisposed()) {
            return;
        }
        TableColumn[] columns = table.getColumns();
        List<String> order = new ArrayList<>();
        for (int index : table.getColumnOrder()) {
            order.add(key(columns[index]));
        }
        preferences.put(ORDER, String.join(",", order)); //$NON-NLS-1$
        for (TableColumn column : columns) {
            boolean shown = shown(column);
            preferences.putInt(WIDTH + key(column), shown ? column.getWidth() : shownWidth(column));
            preferences.putBoolean(HIDDEN + key(column), !shown);
        }
        changed.run();
    }

    /** Writes the remembered layout to its backing store (when the part closes). */
    public void flush() {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the layout is a convenience: the next start shows the default one
        }
    }

    public static boolean shown(TableColumn column) {
        return column.getData(SHOWN_WIDTH) == null;
    }

    private static int shownWidth(TableColumn column) {
        Object width = column.getData(SHOWN_WIDTH);
        return width instanceof Integer value ? value.intValue() : column.getWidth();
    }

    /** Shows or hides a column (at least one column stays shown). */
    public void setShown(EntryColumn which, boolean shown) {
        TableColumn column = table.getColumn(which.ordinal());
        if (!shown && Arrays.stream(table.getColumns()).filter(ColumnLayout::shown).count() <= 1) {
            return;
        }
        show(column, shown, shownWidth(column));
        save();
    }

    private void show(TableColumn column, boolean shown, int width) {
        boolean was = restoring;
        restoring = true;
        try {
            if (shown) {
                column.setData(SHOWN_WIDTH, null);
                column.setResizable(true);
                column.setWidth(width);
            } else {
                column.setData(SHOWN_WIDTH, Integer.valueOf(width));
                column.setWidth(0);
                column.setResizable(false);
            }
        } finally {
            restoring = was;
        }
    }

    /** Back to every column shown, in the first order and widths. */
    public void reset() {
        TableColumn[] columns = table.getColumns();
        restoring = true;
        try {
            int[] order = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                order[i] = i;
                show(columns[i], true, defaultWidths[i]);
            }
            table.setColumnOrder(order);
        } finally {
            restoring = false;
        }
        save();
    }

    /** The shown columns, in the order the table shows them. */
    public List<EntryColumn> shownColumns() {
        List<EntryColumn> shown = new ArrayList<>();
        TableColumn[] columns = table.getColumns();
        for (int index : table.getColumnOrder()) {
            if (shown(columns[index])) {
                shown.add((EntryColumn) columns[index].getData());
            }
        }
        return shown;
    }

    /** The header's menu: a check item per column, then Reset. Rows keep their own menu. */
    private void headerMenu(Event event) {
        Point at = table.toControl(event.x, event.y);
        boolean header = event.detail == SWT.MENU_KEYBOARD ? false
                : at.y < table.getClientArea().y + table.getHeaderHeight();
        if (!header) {
            return;
        }
        event.doit = false;
        Menu menu = headerMenu();
        menu.setLocation(event.x, event.y);
        menu.setVisible(true);
    }

    /** A new pop-up menu to choose the shown columns (the header's menu). */
    public Menu headerMenu() {
        Menu menu = new Menu(table.getShell(), SWT.POP_UP);
        fill(menu);
        menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
        return menu;
    }

    /** Fills a menu with a check item per column (in the shown order), then Reset. */
    public void fill(Menu menu) {
        TableColumn[] columns = table.getColumns();
        for (int index : table.getColumnOrder()) {
            TableColumn column = columns[index];
            EntryColumn which = (EntryColumn) column.getData();
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(which.header());
            item.setSelection(shown(column));
            item.addListener(SWT.Selection, e -> setShown(which, item.getSelection()));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem reset = new MenuItem(menu, SWT.PUSH);
        reset.setText(Messages.columnsReset);
        reset.addListener(SWT.Selection, e -> reset());
    }
}

package io.certdesk.ui.internal.entries;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.certdesk.ui.internal.Messages;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.osgi.service.prefs.Preferences;

/**
 * The entries table: a virtual JFace {@link TableViewer} over an array of the rows that pass the filters, sorted.
 * Filtering and sorting run in plain Java over the rows (their texts are computed once per status and per tick), and
 * the table asks only for the rows it paints, so 10,000 entries stay fast.
 */
public final class EntryTable {

    private final TableViewer viewer;
    private final Looks looks;
    private final Collator collator = Collator.getInstance(Locale.getDefault());
    private final List<Runnable> changeListeners = new ArrayList<>();
    private List<EntryRow> rows = List.of();
    private EntryRow[] visible = new EntryRow[0];
    private String[] words = new String[0];
    private QuickFilter quick = QuickFilter.ALL;
    private EntryColumn sortColumn;
    private boolean descending;
    private ColumnLayout layout;

    /** The table; its column order, widths and shown columns are remembered in {@code columns}. */
    public EntryTable(Composite parent, Preferences columns) {
        viewer = new TableViewer(parent,
                SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        looks = new Looks(table);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Lazy());
        PixelConverter pixels = new PixelConverter(table);
        for (EntryColumn column : EntryColumn.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn swtColumn = viewerColumn.getColumn();
            swtColumn.setText(column.header());
            int width = Math.max(pixels.convertWidthInCharsToPixels(column.chars()),
                    textWidth(table, column.header()) + pixels.convertWidthInCharsToPixels(4));
            if (column == EntryColumn.STATE) {
                width = Math.max(width, widestState(table) + pixels.convertWidthInCharsToPixels(6));
            }
            swtColumn.setWidth(width);
            swtColumn.setMoveable(true);
            swtColumn.setData(column);
            swtColumn.addListener(SWT.Selection, event -> sortBy(column));
            viewerColumn.setLabelProvider(new Labels(column));
        }
        table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    e.result = Messages.entriesAccessibleName;
                }
            }
        });
        viewer.setInput(visible);
        layout = new ColumnLayout(table, columns, () -> { /* nothing to redo: the cells keep their texts */ });
    }

    /** Which columns are shown, in which order and width. */
    public ColumnLayout columnLayout() {
        return layout;
    }

    /** The selected rows in table order. */
    public List<EntryRow> selectedRows() {
        int[] indices = viewer.getTable().getSelectionIndices();
        Arrays.sort(indices);
        List<EntryRow> selected = new ArrayList<>(indices.length);
        for (int index : indices) {
            if (index < visible.length) {
                selected.add(visible[index]);
            }
        }
        return selected;
    }

    /** The selected rows as tab-separated text for Excel: the shown columns in their order, a header line first. */
    public String selectionAsTsv() {
        return Tsv.of(layout.shownColumns(), selectedRows());
    }

    /** A text's width in the table's font (Japanese text is wider than its character count says). */
    private static int textWidth(Table table, String text) {
        GC gc = new GC(table);
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /** The widest text the state column shows: a working state with a warning. */
    private static int widestState(Table table) {
        int widest = 0;
        for (io.certdesk.workspace.EntryState state : io.certdesk.workspace.EntryState.values()) {
            for (Risk risk : List.of(Risk.AT_RISK, Risk.UNDER_HOUR, Risk.WINDOW_PASSED)) {
                widest = Math.max(widest, textWidth(table,
                        org.eclipse.osgi.util.NLS.bind(Messages.stateWithRisk, States.text(state), States.text(risk))));
            }
        }
        return widest;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Runs after the visible rows changed (filter, sort, data). */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Shows these rows (a new status). */
    public void setRows(List<EntryRow> all) {
        rows = List.copyOf(all);
        apply();
    }

    /** Recomputes countdowns and risks for the time {@code now}, then filters and sorts again. */
    public void tick(Instant now) {
        for (EntryRow row : rows) {
            row.update(now);
        }
        apply();
    }

    /** Filters on every word of {@code text} (case-insensitive) over every column's text. */
    public void setFilterText(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+"); //$NON-NLS-1$
        apply();
    }

    public void setQuickFilter(QuickFilter filter) {
        quick = filter;
        apply();
    }

    public QuickFilter quickFilter() {
        return quick;
    }

    public List<EntryRow> rows() {
        return rows;
    }

    /** The rows shown, in table order. */
    public List<EntryRow> visibleRows() {
        return List.of(visible);
    }

    /** The ids of the selected rows. */
    public Set<Long> selectedIds() {
        Set<Long> ids = new HashSet<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index < visible.length) {
                ids.add(Long.valueOf(visible[index].entry().id()));
            }
        }
        return ids;
    }

    /** Selects and shows the entry; false when the filters hide it. */
    public boolean reveal(long entryId) {
        for (int i = 0; i < visible.length; i++) {
            if (visible[i].entry().id() == entryId) {
                viewer.getTable().setSelection(i);
                viewer.getTable().showSelection();
                viewer.getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return true;
            }
        }
        return false;
    }

    /** Sorts by a column: the first click ascending, the next descending. */
    public void sortBy(EntryColumn column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        for (TableColumn swtColumn : table.getColumns()) {
            if (swtColumn.getData() == column) {
                table.setSortColumn(swtColumn);
            }
        }
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        apply();
    }

    private void apply() {
        List<EntryRow> shown = new ArrayList<>();
        for (EntryRow row : rows) {
            if (quick.test(row) && row.matches(words)) {
                shown.add(row);
            }
        }
        if (sortColumn != null && sortColumn.collated()) {
            shown = collatedSort(shown);
        } else if (sortColumn != null) {
            Comparator<EntryRow> order = sortColumn.order(collator);
            shown.sort(descending ? order.reversed() : order);
        }
        Table table = viewer.getTable();
        Set<Long> selected = new HashSet<>();
        for (int index : table.getSelectionIndices()) {
            if (index < visible.length) {
                selected.add(Long.valueOf(visible[index].entry().id()));
            }
        }
        visible = shown.toArray(new EntryRow[0]);
        // no setRedraw(false) here: on GTK it swallows the release of a header click, and the next click is lost
        viewer.setInput(visible);
        viewer.setItemCount(visible.length);
        table.clearAll();
        if (!selected.isEmpty()) {
            int[] indices = new int[visible.length];
            int count = 0;
            for (int i = 0; i < visible.length; i++) {
                if (selected.contains(Long.valueOf(visible[i].entry().id()))) {
                    indices[count++] = i;
                }
            }
            table.setSelection(Arrays.copyOf(indices, count));
        }
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    /** Sorts by the sort column's text: one collation key per row (comparing keys is far cheaper than the collator). */
    private List<EntryRow> collatedSort(List<EntryRow> shown) {
        record Keyed(CollationKey key, EntryRow row) {
        }
        List<Keyed> keyed = new ArrayList<>(shown.size());
        for (EntryRow row : shown) {
            keyed.add(new Keyed(collator.getCollationKey(row.text(sortColumn)), row));
        }
        Comparator<Keyed> order = Comparator.comparing(Keyed::key).thenComparingLong(k -> k.row().entry().id());
        keyed.sort(descending ? order.reversed() : order);
        List<EntryRow> sorted = new ArrayList<>(keyed.size());
        for (Keyed item : keyed) {
            sorted.add(item.row());
        }
        return sorted;
    }

    private final class Lazy implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (index < visible.length) {
                viewer.replace(visible[index], index);
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            // the array is read in updateElement
        }
    }

    private final class Labels extends ColumnLabelProvider {
        private final EntryColumn column;

        Labels(EntryColumn column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return ((EntryRow) element).text(column);
        }

        @Override
        public Image getImage(Object element) {
            if (column != EntryColumn.STATE) {
                return null;
            }
            EntryRow row = (EntryRow) element;
            return looks.icon(States.icon(row.entry().state(), row.risk()));
        }

        @Override
        public Color getBackground(Object element) {
            return looks.background(((EntryRow) element).risk());
        }

        @Override
        public Color getForeground(Object element) {
            return looks.foreground(((EntryRow) element).risk());
        }
    }
}

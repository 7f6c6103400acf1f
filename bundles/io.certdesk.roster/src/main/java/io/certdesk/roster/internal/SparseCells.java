package io.certdesk.roster.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable row of cells that stores only the cells that hold something: a value in column XFD costs
 * one entry, not 16,384. {@link #get(int)} answers {@code empty} (null or "") for the cells in between;
 * the size is the last filled column plus one.
 */
public final class SparseCells extends AbstractList<String> implements RandomAccess {

    private static final SparseCells EMPTY_ROW = new SparseCells(new int[0], new String[0], null);

    private final int[] columns;
    private final String[] values;
    private final String empty;

    private SparseCells(int[] columns, String[] values, String empty) {
        this.columns = columns;
        this.values = values;
        this.empty = empty;
    }

    /** A row without cells. */
    public static SparseCells none() {
        return EMPTY_ROW;
    }

    /** The same cells, with "" rather than null between them (for people and result files). */
    public SparseCells withBlanks() {
        return new SparseCells(columns, values, ""); //$NON-NLS-1$
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = Arrays.binarySearch(columns, index);
        return at >= 0 ? values[at] : empty;
    }

    @Override
    public int size() {
        return columns.length == 0 ? 0 : columns[columns.length - 1] + 1;
    }

    /** The columns that hold something, in order. */
    public int[] filledColumns() {
        return columns.clone();
    }

    /** The filled columns of any list (every index of a list that is not sparse). */
    static int[] filledColumns(List<String> cells) {
        if (cells instanceof SparseCells sparse) {
            return sparse.columns.clone();
        }
        int[] all = new int[cells.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Collects cells in column order (a later value for the same column replaces the earlier one). */
    public static final class Builder {
        private int[] columns = new int[8];
        private String[] values = new String[8];
        private int count;

        /** Sets a cell (a later value for a column replaces the earlier one); null and "" are not stored. */
        public Builder put(int column, String value) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            int at = count > 0 && columns[count - 1] < column ? -count - 1 : Arrays.binarySearch(columns, 0, count, column);
            if (at >= 0) {
                values[at] = value;
                return this;
            }
            int insert = -at - 1;
            if (count == columns.length) {
                columns = Arrays.copyOf(columns, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            System.arraycopy(columns, insert, columns, insert + 1, count - insert);
            System.arraycopy(values, insert, values, insert + 1, count - insert);
            columns[insert] = column;
            values[insert] = value;
            count++;
            return this;
        }

        public void clear() {
            Arrays.fill(values, 0, count, null);
            count = 0;
        }

        /** The cells collected, with null between them. */
        public SparseCells build() {
            return count == 0 ? EMPTY_ROW : new SparseCells(Arrays.copyOf(columns, count), Arrays.copyOf(values, count), null);
        }
    }
}

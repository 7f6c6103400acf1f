package io.certdesk.roster.internal;

import java.util.List;

import io.certdesk.roster.RosterException;

/** Receives the rows of one sheet in order, as the user sees them (formatted text, cached formula values). */
@FunctionalInterface
public interface RowHandler {

    /**
     * One non-empty or empty row that the file contains.
     *
     * @param rowNumber 1-based row number
     * @param cells     the cells' text by 0-based column; null or "" for an empty cell; a formula error is
     *                  {@link CellText#ERROR_PREFIX} followed by its text
     * @param hidden    whether the row is hidden
     * @return false to stop reading
     */
    boolean row(int rowNumber, List<String> cells, boolean hidden) throws RosterException;
}

package io.certdesk.jobs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.roster.Finding;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RowStatus;

/**
 * A roster read but not imported: what the reader detected, its findings and the first rows, passwords masked.
 *
 * @param source    the file
 * @param format    xlsx, xls or csv
 * @param sheet     the sheet read (workbooks)
 * @param headerRow the header row (1-based)
 * @param headers   the header cells
 * @param mapping   each detected field and the header of its column
 * @param findings  file-level findings first, then every row's findings in row order
 * @param rows      the first rows
 * @param totalRows every non-empty data row
 * @param accepted  rows without findings
 * @param warned    rows with warnings only
 * @param rejected  rows that would not be imported
 */
public record RosterPreview(String source, RosterFormat format, Optional<String> sheet, int headerRow,
        List<String> headers, Map<RosterField, String> mapping, List<Finding> findings, List<Row> rows, int totalRows,
        long accepted, long warned, long rejected) {

    /** The mask shown instead of a retrieval password. */
    public static final String MASK = "********"; //$NON-NLS-1$

    public RosterPreview {
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
        findings = List.copyOf(findings);
        rows = List.copyOf(rows);
    }

    /**
     * One roster row.
     *
     * @param row    the row number in the file (1-based)
     * @param status accepted, warned or rejected
     * @param cells  the row's cells in header order; the password column shows {@link RosterPreview#MASK}
     * @param values the recognised fields; the retrieval password shows {@link RosterPreview#MASK}
     */
    public record Row(int row, RowStatus status, List<String> cells, Map<RosterField, String> values) {
        public Row {
            cells = List.copyOf(cells);
            values = Map.copyOf(values);
        }
    }
}

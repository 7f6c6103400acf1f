package io.certdesk.jobs.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.certdesk.jobs.RosterPreview;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterField;

/**
 * A read roster as the import wizard previews it: the column mapping by header, and the first rows with the
 * retrieval password masked in its cell and in its field.
 */
final class RosterPreviews {

    private RosterPreviews() {
    }

    /** The preview of {@code result} with at most {@code rows} rows; the caller clears the result's secrets. */
    static RosterPreview of(ImportResult result, int rows) {
        Map<RosterField, String> mapping = new EnumMap<>(RosterField.class);
        for (RosterField field : result.mapping().keySet()) {
            result.headerOf(field).ifPresent(header -> mapping.put(field, header));
        }
        Integer passwordColumn = result.mapping().get(RosterField.RETRIEVAL_PASSWORD);
        List<RosterPreview.Row> first = new ArrayList<>();
        for (RosterEntry entry : result.entries().subList(0, Math.min(rows, result.entries().size()))) {
            List<String> cells = new ArrayList<>(entry.cells());
            if (passwordColumn != null && passwordColumn.intValue() >= 0 && (entry.hasRetrievalPassword()
                    || passwordColumn.intValue() < cells.size() && !cells.get(passwordColumn.intValue()).isEmpty())) {
                // the reader empties the password cell and may leave trailing empty cells out
                while (cells.size() <= passwordColumn.intValue()) {
                    cells.add(""); //$NON-NLS-1$
                }
                cells.set(passwordColumn.intValue(), RosterPreview.MASK);
            }
            Map<RosterField, String> values = new EnumMap<>(RosterField.class);
            for (RosterField field : RosterField.values()) {
                if (field.secret()) {
                    if (entry.hasRetrievalPassword()) {
                        values.put(field, RosterPreview.MASK);
                    }
                } else {
                    entry.value(field).ifPresent(value -> values.put(field, value));
                }
            }
            first.add(new RosterPreview.Row(entry.row(), entry.status(), cells, values));
        }
        return new RosterPreview(result.source(), result.format(), result.sheet(), result.headerRow(),
                result.headers(), mapping, result.findings(), first, result.entries().size(), result.accepted(),
                result.warned(), result.rejected());
    }
}

package io.certdesk.ui.internal.entries;

import java.util.List;

import io.certdesk.core.text.FormulaGuard;

/**
 * Rows as tab-separated text the way Excel reads it from the clipboard: one line per row (CRLF), a header line
 * first; a value Excel could take for a formula (a roster's name starting with {@code =}, say) gets a leading
 * apostrophe, which Excel shows as text; a value with a tab, a line break or a double quote is put in double quotes
 * with its quotes doubled.
 */
public final class Tsv {

    private Tsv() {
    }

    /** The shown columns' headers, then each row's texts of those columns. */
    public static String of(List<EntryColumn> columns, List<EntryRow> rows) {
        StringBuilder text = new StringBuilder();
        line(text, columns.stream().map(EntryColumn::header).toList());
        for (EntryRow row : rows) {
            line(text, columns.stream().map(row::text).toList());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(value(values.get(i)));
        }
        text.append("\r\n"); //$NON-NLS-1$
    }

    /** One value, inert and quoted when Excel would otherwise run, split or misread it. */
    public static String value(String text) {
        String value = FormulaGuard.forCsv(text);
        if (value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

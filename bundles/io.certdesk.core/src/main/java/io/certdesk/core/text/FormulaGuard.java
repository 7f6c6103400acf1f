package io.certdesk.core.text;

/**
 * Keeps values from users or certificates inert in spreadsheets (CSV/formula injection): a value that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR (or their full-width forms, which
 * Japanese input methods produce) could be taken for a formula by Excel or LibreOffice. The one guard of every
 * spreadsheet the product writes or hands to one: the result workbook and its CSV, the audit log's CSV, the rows the
 * workbench copies for Excel.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether the value could be taken for a formula. */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** The value for a CSV field: risky values get a leading apostrophe, which spreadsheets show as text. */
    public static String forCsv(String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        return risky(value) ? "'" + value : value; //$NON-NLS-1$
    }
}

package io.certdesk.roster.internal;

/**
 * The largest coordinates an .xlsx may hold (1,048,576 rows, 16,384 columns: A to XFD), checked on the
 * raw reference text before it is turned into numbers, so a declared coordinate can never make the
 * reader allocate or loop beyond what the format allows.
 */
final class SheetBounds {

    /** Rows in an .xlsx sheet. */
    static final int XLSX_MAX_ROWS = 1_048_576;
    /** Columns in an .xlsx sheet. */
    static final int XLSX_MAX_COLUMNS = 16_384;
    /** The last column's letters. */
    static final String XLSX_LAST_COLUMN = "XFD"; //$NON-NLS-1$

    private SheetBounds() {
    }

    /** Whether a row's {@code r} attribute (a 1-based number) is within the format. */
    static boolean rowWithin(String r) {
        return number(r, 0, r.length()) >= 1;
    }

    /** Whether a cell's {@code r} attribute ({@code A1}-style, optionally with {@code $}) is within the format. */
    static boolean cellWithin(String r) {
        int i = 0;
        if (i < r.length() && r.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int letters = 0;
        while (i < r.length() && isLetter(r.charAt(i))) {
            if (++letters > 3) {
                return false;
            }
            column = column * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
            i++;
        }
        if (letters == 0 || column > XLSX_MAX_COLUMNS) {
            return false;
        }
        if (i < r.length() && r.charAt(i) == '$') {
            i++;
        }
        return number(r, i, r.length()) >= 1;
    }

    /** The row number in {@code r[from, to)}, or -1 when it is not a number within the format. */
    private static int number(String r, int from, int to) {
        if (from >= to || to - from > 7) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = r.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= XLSX_MAX_ROWS ? value : -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}

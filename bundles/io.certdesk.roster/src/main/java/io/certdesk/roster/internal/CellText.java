package io.certdesk.roster.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Formats numeric cells the way the user sees them in the spreadsheet, without the surprises of a plain
 * {@code double}: a cell with a format (e.g. {@code 00000000}) keeps its leading zeros; a cell in
 * "General" format, or in a scientific format, is written out in full ({@code 123456789012}, never
 * {@code 1.23457E+11} or {@code 12345.0}).
 */
public final class CellText extends DataFormatter {

    /** Prefix that marks a cell holding a formula error (#N/A, #DIV/0!...). */
    public static final String ERROR_PREFIX = "\u0000#"; //$NON-NLS-1$

    public CellText() {
        super(Locale.US);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (isPlain(formatIndex, formatString)) {
            return plain(value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    private static boolean isPlain(int formatIndex, String formatString) {
        if (formatIndex == 0 || formatString == null || formatString.isBlank()) {
            return true;
        }
        String format = formatString.toLowerCase(Locale.ROOT);
        return "general".equals(format) || format.contains("e+") || format.contains("e-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A number written out in full: integers without ".0", others without exponent. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The marker text of a formula error. */
    public static String error(String text) {
        return ERROR_PREFIX + text;
    }

    /** Whether the cell text is a formula error marker. */
    public static boolean isError(String cell) {
        return cell != null && cell.startsWith(ERROR_PREFIX);
    }
}

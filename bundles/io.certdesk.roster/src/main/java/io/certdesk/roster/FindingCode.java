package io.certdesk.roster;

/**
 * Everything the roster import can say about a file, a row or a cell. Each code has a fixed severity
 * and an English and Japanese text (see docs/roster.md for the catalogue).
 */
public enum FindingCode {
    /** A required field is empty. */
    MISSING_REQUIRED(Severity.ERROR),
    /** No column was found for a required field: every row lacks it. */
    REQUIRED_COLUMN_MISSING(Severity.ERROR),
    /** The e-mail address is not a plain address (strict check; line breaks never pass). */
    INVALID_EMAIL(Severity.ERROR),
    /** The certificate number appears in an earlier row. */
    DUPLICATE_CERTIFICATE_NUMBER(Severity.ERROR),
    /** The certificate number holds characters other than ASCII letters, digits and hyphens. */
    INVALID_CERTIFICATE_NUMBER(Severity.ERROR),
    /** The retrieval password holds characters other than printable ASCII. */
    NON_ASCII_PASSWORD(Severity.ERROR),
    /** Two columns name the same field about equally well; neither is used until a mapping names one. */
    AMBIGUOUS_COLUMN(Severity.ERROR),
    /** One header names two fields about equally well; the column is not used until a mapping names it. */
    AMBIGUOUS_HEADER(Severity.ERROR),
    /** A cell holds a formula error (#N/A, #DIV/0!...) instead of a value. */
    FORMULA_ERROR(Severity.ERROR),
    /** The group ID differs from the one most rows use. */
    GROUP_ID_MISMATCH(Severity.WARNING),
    /** Line breaks inside a value were replaced by spaces. */
    LINE_BREAK_REPLACED(Severity.WARNING),
    /** Invisible control characters were removed from a value. */
    CONTROL_CHARACTERS_REMOVED(Severity.WARNING),
    /** Blanks before or after the retrieval password were removed. */
    PASSWORD_BLANKS_REMOVED(Severity.WARNING),
    /** The row is hidden in the spreadsheet; it is imported all the same. */
    HIDDEN_ROW(Severity.WARNING),
    /** The per-row delivery channel is not one CertDesk knows. */
    UNKNOWN_DELIVERY_CHANNEL(Severity.WARNING),
    /** The per-row export profile is not one CertDesk knows. */
    UNKNOWN_EXPORT_PROFILE(Severity.WARNING),
    /** Two columns have headers for the same field; the first is used. */
    DUPLICATE_COLUMN(Severity.WARNING),
    /** Full-width or other compatibility characters were converted (e.g. full-width digits to ASCII). */
    VALUE_NORMALISED(Severity.INFO),
    /** An empty row was skipped. */
    EMPTY_ROW_SKIPPED(Severity.INFO),
    /** Several consecutive empty (or absent) rows were skipped; counted, not listed one by one. */
    EMPTY_ROWS_SKIPPED(Severity.INFO),
    /** The workbook has a hidden sheet. */
    HIDDEN_SHEET(Severity.INFO),
    /** The sheet that was read, and why. */
    SHEET_CHOSEN(Severity.INFO),
    /** The row that holds the headers. */
    HEADER_ROW_FOUND(Severity.INFO),
    /** A column CertDesk does not use; it is kept and carried through to the result. */
    UNKNOWN_COLUMN_KEPT(Severity.INFO),
    /** The character set a CSV file was read in. */
    ENCODING_USED(Severity.INFO),
    /** An optional field has no column; the batch setting applies. */
    OPTIONAL_COLUMN_ABSENT(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity of every finding with this code. */
    public Severity severity() {
        return severity;
    }
}

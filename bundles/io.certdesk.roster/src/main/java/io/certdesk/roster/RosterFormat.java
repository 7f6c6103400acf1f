package io.certdesk.roster;

/** The spreadsheet formats the roster import reads. */
public enum RosterFormat {
    /** Office Open XML workbook (Excel 2007 and later, LibreOffice "Excel 2007-365"). */
    XLSX,
    /** Excel 97-2003 workbook (BIFF8). */
    XLS,
    /** Comma-separated values in UTF-8 (with or without BOM) or Windows-31J. */
    CSV
}

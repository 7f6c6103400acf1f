package io.certdesk.roster;

/** How much a finding matters for its row. */
public enum Severity {
    /** Worth knowing; the row is accepted as it is. */
    INFO,
    /** The row is accepted but someone should look at it. */
    WARNING,
    /** The row cannot be used until the spreadsheet is corrected. */
    ERROR
}

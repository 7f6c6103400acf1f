package io.certdesk.roster;

/** Why a whole roster file was refused (a row's problems are {@link Finding}s, never exceptions). */
public enum RosterProblem {
    /** The file does not exist or cannot be read. */
    CANNOT_READ,
    /** The content is not a workbook or text file CertDesk reads. */
    UNKNOWN_FORMAT,
    /** The workbook is damaged. */
    DAMAGED,
    /** The workbook is protected with a password. */
    ENCRYPTED,
    /** A zip part inflates far more than a real workbook does (zip bomb) or is larger than the limit. */
    UNSAFE_COMPRESSION,
    /** The XML declares a DOCTYPE or entities (XXE, billion laughs): never needed in a workbook. */
    UNSAFE_XML,
    /** The file, the shared strings or a cell is larger than the limit. */
    TOO_LARGE,
    /** More data rows than the row cap. */
    TOO_MANY_ROWS,
    /** The named sheet does not exist. */
    SHEET_NOT_FOUND,
    /** No row looks like a header row. */
    NO_HEADER_ROW,
    /** The column mapping file is wrong or does not fit the file. */
    BAD_MAPPING,
    /** A result file could not be written. */
    CANNOT_WRITE
}

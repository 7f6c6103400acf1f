package io.certdesk.roster;

import io.certdesk.core.errors.ErrorCode;

/**
 * Why a whole roster file was refused (a row's problems are {@link Finding}s, never exceptions). Each problem has
 * its own code in the error catalogue ({@link ErrorCode}, roster family 6xx).
 */
public enum RosterProblem {
    /** The file does not exist or cannot be read. */
    CANNOT_READ(ErrorCode.ROSTER_CANNOT_READ),
    /** The content is not a workbook or text file CertDesk reads. */
    UNKNOWN_FORMAT(ErrorCode.ROSTER_UNKNOWN_FORMAT),
    /** The workbook is damaged. */
    DAMAGED(ErrorCode.ROSTER_DAMAGED),
    /** The workbook is protected with a password. */
    ENCRYPTED(ErrorCode.ROSTER_ENCRYPTED),
    /** A zip part inflates far more than a real workbook does (zip bomb) or is larger than the limit. */
    UNSAFE_COMPRESSION(ErrorCode.ROSTER_UNSAFE_COMPRESSION),
    /** The XML declares a DOCTYPE or entities (XXE, billion laughs): never needed in a workbook. */
    UNSAFE_XML(ErrorCode.ROSTER_UNSAFE_XML),
    /** The file, the shared strings or a cell is larger than the limit. */
    TOO_LARGE(ErrorCode.ROSTER_TOO_LARGE),
    /** More data rows than the row cap. */
    TOO_MANY_ROWS(ErrorCode.ROSTER_TOO_MANY_ROWS),
    /** The named sheet does not exist. */
    SHEET_NOT_FOUND(ErrorCode.ROSTER_SHEET_NOT_FOUND),
    /** No row looks like a header row. */
    NO_HEADER_ROW(ErrorCode.ROSTER_NO_HEADER_ROW),
    /** The column mapping file is wrong or does not fit the file. */
    BAD_MAPPING(ErrorCode.ROSTER_BAD_MAPPING),
    /** A result file could not be written. */
    CANNOT_WRITE(ErrorCode.ROSTER_CANNOT_WRITE);

    private final ErrorCode code;

    RosterProblem(ErrorCode code) {
        this.code = code;
    }

    /** The catalogue code of this problem. */
    public ErrorCode code() {
        return code;
    }
}

package io.certdesk.roster.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

import io.certdesk.roster.Finding;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterProblem;
import io.certdesk.roster.Severity;

/**
 * Localised messages of the roster import (messages.properties, messages_ja.properties). Texts for enum
 * constants are fields named {@code <kind>_<CONSTANT>} (e.g. {@code finding_INVALID_EMAIL}).
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.roster.internal.messages"; //$NON-NLS-1$

    public static String field_GROUP_ID;
    public static String field_CERTIFICATE_NUMBER;
    public static String field_RETRIEVAL_PASSWORD;
    public static String field_NAME;
    public static String field_EMAIL;
    public static String field_DEPARTMENT;
    public static String field_DELIVERY_CHANNEL;
    public static String field_PASSWORD_RECIPIENT;
    public static String field_EXPORT_PROFILE;
    public static String finding_MISSING_REQUIRED;
    public static String finding_REQUIRED_COLUMN_MISSING;
    public static String finding_INVALID_EMAIL;
    public static String finding_DUPLICATE_CERTIFICATE_NUMBER;
    public static String finding_INVALID_CERTIFICATE_NUMBER;
    public static String finding_NON_ASCII_PASSWORD;
    public static String finding_AMBIGUOUS_COLUMN;
    public static String finding_AMBIGUOUS_HEADER;
    public static String finding_FORMULA_ERROR;
    public static String finding_GROUP_ID_MISMATCH;
    public static String finding_LINE_BREAK_REPLACED;
    public static String finding_CONTROL_CHARACTERS_REMOVED;
    public static String finding_PASSWORD_BLANKS_REMOVED;
    public static String finding_HIDDEN_ROW;
    public static String finding_UNKNOWN_DELIVERY_CHANNEL;
    public static String finding_UNKNOWN_EXPORT_PROFILE;
    public static String finding_DUPLICATE_COLUMN;
    public static String finding_VALUE_NORMALISED;
    public static String finding_EMPTY_ROW_SKIPPED;
    public static String finding_EMPTY_ROWS_SKIPPED;
    public static String finding_HIDDEN_SHEET;
    public static String finding_SHEET_CHOSEN;
    public static String finding_HEADER_ROW_FOUND;
    public static String finding_UNKNOWN_COLUMN_KEPT;
    public static String finding_ENCODING_USED;
    public static String finding_OPTIONAL_COLUMN_ABSENT;
    public static String locationFile;
    public static String locationRow;
    public static String locationCell;
    public static String problemFormat;
    public static String problemFormatDetail;
    public static String problem_CANNOT_READ;
    public static String problem_UNKNOWN_FORMAT;
    public static String problem_DAMAGED;
    public static String problem_ENCRYPTED;
    public static String problem_UNSAFE_COMPRESSION;
    public static String problem_UNSAFE_XML;
    public static String problem_TOO_LARGE;
    public static String problem_TOO_MANY_ROWS;
    public static String problem_SHEET_NOT_FOUND;
    public static String problem_NO_HEADER_ROW;
    public static String problem_BAD_MAPPING;
    public static String problem_CANNOT_WRITE;
    public static String mappingNotFound;
    public static String mappingUnknownKey;
    public static String mappingBadHeaderRow;
    public static String mappingHeaderRowEmpty;
    public static String mappingBadColumn;
    public static String mappingHeaderMissing;
    public static String limitCellChars;
    public static String limitSharedStrings;
    public static String limitInflate;
    public static String limitCsvCellChars;
    public static String limitRows;
    public static String limitFileBytes;
    public static String limitCoordinates;
    public static String encodingDetected;
    public static String encodingChosen;
    public static String unsupportedCompression;
    public static String noHeaderDetail;
    public static String noHeaderAnySheet;
    public static String fileMissing;
    public static String sheetByName;
    public static String sheetByHeaders;
    public static String sheetNotFoundDetail;
    public static String outputExists;
    public static String summary;
    public static String severity_INFO;
    public static String severity_WARNING;
    public static String severity_ERROR;
    public static String colSourceRow;
    public static String colStatus;
    public static String colStarted;
    public static String colFinished;
    public static String colDeadline;
    public static String colExportFile;
    public static String colExportProfile;
    public static String colFingerprint;
    public static String colExpiry;
    public static String colDelivery;
    public static String colErrorCode;
    public static String colErrorMessage;
    public static String colRemedy;
    public static String colName;
    public static String colEmail;
    public static String colCertificateNumber;
    public static String colPassword;
    public static String sheetResults;
    public static String sheetHandout;
    public static String handoutWarning;
    public static String handoutNeedsPassword;
    public static String handoutCsvRefused;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The message with {0}, {1}... replaced by the arguments. */
    public static String bind(String message, Object... arguments) {
        return NLS.bind(message, arguments);
    }

    /** A field's name for people. */
    public static String fieldLabel(RosterField field) {
        return text("field_" + field.name()); //$NON-NLS-1$
    }

    /** A finding's message with its arguments. */
    public static String finding(Finding finding) {
        return NLS.bind(text("finding_" + finding.code().name()), finding.arguments().toArray()); //$NON-NLS-1$
    }

    /** "file", "row 7" or "row 7, column ..." */
    public static String location(int row, String column) {
        if (row == 0) {
            return locationFile;
        }
        return column == null ? NLS.bind(locationRow, row) : NLS.bind(locationCell, row, column);
    }

    /** The message of a refused file. */
    public static String problem(RosterProblem problem, String source, String detail) {
        String what = text("problem_" + problem.name()); //$NON-NLS-1$
        return detail == null || detail.isBlank() ? NLS.bind(problemFormat, source, what)
                : NLS.bind(problemFormatDetail, new Object[] { source, what, detail });
    }

    /** The import summary line. */
    public static String summary(int rows, long accepted, long warned, long rejected, int skipped) {
        return NLS.bind(summary, new Object[] { rows, accepted, warned, rejected, skipped });
    }

    /** A severity's name for people. */
    public static String severity(Severity severity) {
        return text("severity_" + severity.name()); //$NON-NLS-1$
    }

    private static String text(String key) {
        try {
            Field field = Messages.class.getField(key);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}

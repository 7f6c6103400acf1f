package io.certdesk.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.roster.internal.Messages;

/**
 * One thing the import found, about the file ({@link #row()} 0), a row, or a cell. The arguments are the
 * values shown in the message; they never hold a retrieval password.
 *
 * @param row       the spreadsheet row number as the user sees it (1-based), 0 for the whole file
 * @param column    the column's header as written in the file, or null
 * @param field     the field the finding is about, or null
 * @param code      what was found
 * @param arguments the values inserted into the message
 */
public record Finding(int row, String column, RosterField field, FindingCode code, List<String> arguments) {

    public Finding {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        arguments = List.copyOf(arguments);
        if (row < 0) {
            throw new IllegalArgumentException("row " + row); //$NON-NLS-1$
        }
    }

    /** A finding about a row or a cell. */
    public static Finding of(int row, String column, RosterField field, FindingCode code, String... arguments) {
        return new Finding(row, column, field, code, List.of(arguments));
    }

    /** A finding about the whole file. */
    public static Finding file(FindingCode code, String... arguments) {
        return new Finding(0, null, null, code, List.of(arguments));
    }

    /** The severity of the code. */
    public Severity severity() {
        return code.severity();
    }

    /** The column header, if the finding is about a column. */
    public Optional<String> columnName() {
        return Optional.ofNullable(column);
    }

    /** What was found and what to do, in the current language. */
    public String message() {
        return Messages.finding(this);
    }

    /** Where: "row 7, column メールアドレス", "row 7" or "file", in the current language. */
    public String location() {
        return Messages.location(row, column);
    }
}

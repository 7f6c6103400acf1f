package io.certdesk.roster;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.roster.internal.Messages;

/**
 * What an import found: where the data was (format, character set, sheet, header row), how the columns
 * were mapped, every entry with its verdict, and every finding. {@link #clearSecrets()} wipes the
 * retrieval passwords of all entries.
 *
 * @param source     the file name as given
 * @param format     the format read
 * @param charset    the character set of a CSV file
 * @param sheet      the sheet read (workbooks)
 * @param headerRow  the 1-based header row
 * @param headers    the header of every column, in order (empty string for a column without header)
 * @param mapping    field to 0-based column index of the fields found
 * @param entries    every non-empty data row, accepted, warned or rejected
 * @param findings   file-level findings first, then every row's findings in row order
 * @param skippedRows empty rows skipped
 */
public record ImportResult(String source, RosterFormat format, Optional<Charset> charset, Optional<String> sheet,
        int headerRow, List<String> headers, Map<RosterField, Integer> mapping, List<RosterEntry> entries,
        List<Finding> findings, int skippedRows) {

    public ImportResult {
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        Objects.requireNonNull(format, "format"); //$NON-NLS-1$
        headers = List.copyOf(headers);
        mapping = Collections.unmodifiableMap(mapping.isEmpty() ? Map.of() : new EnumMap<>(mapping));
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /** Rows without warnings or errors. */
    public long accepted() {
        return count(RowStatus.ACCEPTED);
    }

    /** Rows usable with warnings. */
    public long warned() {
        return count(RowStatus.WARNED);
    }

    /** Rows that cannot be used. */
    public long rejected() {
        return count(RowStatus.REJECTED);
    }

    /** Whether any row was rejected. */
    public boolean hasRejections() {
        return rejected() > 0;
    }

    /** The entries that can go into a batch (accepted or warned). */
    public List<RosterEntry> usableEntries() {
        return entries.stream().filter(e -> e.status() != RowStatus.REJECTED).toList();
    }

    /** The header of the column a field was read from. */
    public Optional<String> headerOf(RosterField field) {
        Integer index = mapping.get(field);
        return index == null ? Optional.empty() : Optional.of(headers.get(index));
    }

    /** "12 rows: 9 accepted, 2 with warnings, 1 rejected; 1 empty row skipped" in the current language. */
    public String summary() {
        return Messages.summary(entries.size(), accepted(), warned(), rejected(), skippedRows);
    }

    /** Wipes every entry's retrieval password. */
    public void clearSecrets() {
        entries.forEach(RosterEntry::clearSecret);
    }

    private long count(RowStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}

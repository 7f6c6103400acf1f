package io.certdesk.roster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.certdesk.roster.Finding;
import io.certdesk.roster.FindingCode;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterField;

/**
 * Normalises and checks the data rows below the header: per row (required fields, e-mail, certificate
 * number, password characters, channel and profile values) and across rows (duplicate certificate
 * numbers, a group ID unlike the rest). Produces findings, never exceptions.
 */
final class RowChecker {

    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[A-Za-z0-9-]+"); //$NON-NLS-1$

    /** A checked row waiting for the cross-row checks. */
    private static final class Pending {
        final int row;
        final Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        List<String> cells = SparseCells.none();
        final Map<String, String> others = new LinkedHashMap<>();
        final List<Finding> findings = new ArrayList<>();
        final boolean hidden;
        char[] password = new char[0];

        Pending(int row, boolean hidden) {
            this.row = row;
            this.hidden = hidden;
        }
    }

    private final List<String> headers;
    private final Map<Integer, RosterField> fieldByColumn = new HashMap<>();
    private final Map<RosterField, Integer> columns;
    private final int[] fieldColumns;
    private final int width;
    private final List<Pending> rows = new ArrayList<>();
    private final Map<String, Integer> firstRowOfNumber = new HashMap<>();
    private final Map<String, Integer> groupCounts = new LinkedHashMap<>();
    private int skipped;
    private final List<Finding> skipFindings = new ArrayList<>();
    private int runStart;
    private int runEnd;

    RowChecker(List<String> headers, Map<RosterField, Integer> columns) {
        this.headers = headers;
        this.columns = columns;
        columns.forEach((field, column) -> fieldByColumn.put(column, field));
        this.fieldColumns = columns.values().stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        this.width = Math.max(headers.size(), fieldColumns.length == 0 ? 0 : fieldColumns[fieldColumns.length - 1] + 1);
    }

    /** Data rows taken so far (not counting skipped empty rows). */
    int count() {
        return rows.size();
    }

    int skipped() {
        return skipped;
    }

    /** One empty row skipped. */
    void skip(int rowNumber) {
        skip(rowNumber, rowNumber);
    }

    /**
     * Empty or absent rows {@code from} to {@code to} (inclusive) skipped. Consecutive skipped rows are
     * counted as one run and reported by one finding, so a file declaring far-apart rows costs no memory
     * per row it leaves out.
     */
    void skip(int from, int to) {
        if (to < from) {
            return;
        }
        skipped += to - from + 1;
        if (runEnd > 0 && from == runEnd + 1) {
            runEnd = to;
            return;
        }
        flushRun();
        runStart = from;
        runEnd = to;
    }

    private void flushRun() {
        if (runEnd == 0) {
            return;
        }
        skipFindings.add(runStart == runEnd ? Finding.of(runStart, null, null, FindingCode.EMPTY_ROW_SKIPPED)
                : Finding.of(runStart, null, null, FindingCode.EMPTY_ROWS_SKIPPED, Integer.toString(runStart),
                        Integer.toString(runEnd), Integer.toString(runEnd - runStart + 1)));
        runStart = 0;
        runEnd = 0;
    }

    /** Checks one row; returns false when it was empty and skipped. */
    boolean add(int rowNumber, List<String> raw, boolean hidden) {
        Pending row = new Pending(rowNumber, hidden);
        SparseCells.Builder cells = new SparseCells.Builder();
        boolean empty = true;
        for (int i : visit(raw)) {
            String cell = i < raw.size() ? raw.get(i) : null;
            String header = i < headers.size() ? headers.get(i) : "(" + (i + 1) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            RosterField field = fieldByColumn.get(i);
            if (CellText.isError(cell)) {
                row.findings.add(Finding.of(rowNumber, header, field, FindingCode.FORMULA_ERROR,
                        cell.substring(CellText.ERROR_PREFIX.length() - 1)));
                cell = null;
                empty = false;
            }
            TextNormaliser.Result text = TextNormaliser.normalise(cell);
            empty &= text.text().isEmpty();
            if (field == RosterField.RETRIEVAL_PASSWORD) {
                passwordCell(row, header, text);
                continue;
            }
            cells.put(i, text.text());
            if (field != null) {
                row.values.put(field, text.text());
            } else if (i < headers.size() && !text.text().isEmpty()) {
                row.others.put(header, text.text());
            }
            notes(row, header, field, cell, text);
        }
        if (empty) {
            Arrays.fill(row.password, '\0');
            skip(rowNumber);
            return false;
        }
        row.cells = cells.build().withBlanks();
        check(row);
        rows.add(row);
        return true;
    }

    /**
     * The columns worth looking at, in order: the row's filled cells within the roster's width and every
     * field's column. A row is never walked cell by cell up to a far-right header.
     */
    private int[] visit(List<String> raw) {
        int[] filled = SparseCells.filledColumns(raw);
        int[] out = new int[filled.length + fieldColumns.length];
        int n = 0;
        int a = 0;
        int b = 0;
        while (a < filled.length || b < fieldColumns.length) {
            int next;
            if (b >= fieldColumns.length || (a < filled.length && filled[a] < fieldColumns[b])) {
                next = filled[a++];
                if (next >= width) {
                    continue;
                }
            } else if (a < filled.length && filled[a] == fieldColumns[b]) {
                next = filled[a++];
                b++;
            } else {
                next = fieldColumns[b++];
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    private static void passwordCell(Pending row, String header, TextNormaliser.Result text) {
        row.password = text.text().toCharArray();
        RosterField field = RosterField.RETRIEVAL_PASSWORD;
        if (text.compatibilityChanged()) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.VALUE_NORMALISED, "***", "***")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (text.trimmed()) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.PASSWORD_BLANKS_REMOVED));
        }
        if (text.lineBreaks() || text.controls()) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.CONTROL_CHARACTERS_REMOVED));
        }
    }

    private static void notes(Pending row, String header, RosterField field, String raw, TextNormaliser.Result text) {
        if (text.compatibilityChanged() && field != null && field != RosterField.NAME && field != RosterField.DEPARTMENT) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.VALUE_NORMALISED, raw.strip(), text.text()));
        }
        if (text.lineBreaks() && field == RosterField.EMAIL) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.INVALID_EMAIL, text.text()));
        } else if (text.lineBreaks()) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.LINE_BREAK_REPLACED, text.text()));
        }
        if (text.controls()) {
            row.findings.add(Finding.of(row.row, header, field, FindingCode.CONTROL_CHARACTERS_REMOVED));
        }
    }

    private void check(Pending row) {
        for (RosterField field : RosterField.values()) {
            boolean missing = field.secret() ? row.password.length == 0 : row.values.getOrDefault(field, "").isEmpty(); //$NON-NLS-1$
            if (field.required() && missing) {
                row.findings.add(Finding.of(row.row, header(field), field, FindingCode.MISSING_REQUIRED, field.label()));
            }
        }
        value(row, RosterField.CERTIFICATE_NUMBER).ifPresent(number -> {
            if (!CERTIFICATE_NUMBER.matcher(number).matches()) {
                row.findings.add(finding(row, RosterField.CERTIFICATE_NUMBER, FindingCode.INVALID_CERTIFICATE_NUMBER, number));
            }
            Integer first = firstRowOfNumber.putIfAbsent(number, row.row);
            if (first != null) {
                row.findings.add(finding(row, RosterField.CERTIFICATE_NUMBER, FindingCode.DUPLICATE_CERTIFICATE_NUMBER,
                        number, Integer.toString(first)));
            }
        });
        boolean emailAlreadyBad = row.findings.stream().anyMatch(f -> f.code() == FindingCode.INVALID_EMAIL);
        value(row, RosterField.EMAIL).filter(e -> !emailAlreadyBad && !EmailAddress.isValid(e))
                .ifPresent(e -> row.findings.add(finding(row, RosterField.EMAIL, FindingCode.INVALID_EMAIL, e)));
        for (char c : row.password) {
            if (c < 0x20 || c > 0x7E) {
                row.findings.add(finding(row, RosterField.RETRIEVAL_PASSWORD, FindingCode.NON_ASCII_PASSWORD));
                break;
            }
        }
        value(row, RosterField.DELIVERY_CHANNEL).ifPresent(v -> FieldValues.channel(v).ifPresentOrElse(
                c -> row.values.put(RosterField.DELIVERY_CHANNEL, c.id()),
                () -> row.findings.add(finding(row, RosterField.DELIVERY_CHANNEL, FindingCode.UNKNOWN_DELIVERY_CHANNEL,
                        v, FieldValues.knownChannels()))));
        value(row, RosterField.EXPORT_PROFILE).ifPresent(v -> FieldValues.profile(v).ifPresentOrElse(
                p -> row.values.put(RosterField.EXPORT_PROFILE, p.id()),
                () -> row.findings.add(finding(row, RosterField.EXPORT_PROFILE, FindingCode.UNKNOWN_EXPORT_PROFILE,
                        v, FieldValues.knownProfiles()))));
        value(row, RosterField.GROUP_ID).ifPresent(g -> groupCounts.merge(g, 1, Integer::sum));
        if (row.hidden) {
            row.findings.add(Finding.of(row.row, null, null, FindingCode.HIDDEN_ROW));
        }
    }

    private static Optional<String> value(Pending row, RosterField field) {
        return Optional.ofNullable(row.values.get(field)).filter(v -> !v.isEmpty());
    }

    private Finding finding(Pending row, RosterField field, FindingCode code, String... arguments) {
        return Finding.of(row.row, header(field), field, code, arguments);
    }

    private String header(RosterField field) {
        Integer column = columns.get(field);
        return column == null || column >= headers.size() ? null : headers.get(column);
    }

    /** The row findings (in row order) and the entries, after the cross-row checks. */
    List<RosterEntry> finish(List<Finding> findingsOut) {
        flushRun();
        String majority = groupCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<RosterEntry> entries = new ArrayList<>(rows.size());
        List<Finding> all = new ArrayList<>(skipFindings);
        for (Pending row : rows) {
            String group = row.values.get(RosterField.GROUP_ID);
            if (groupCounts.size() > 1 && group != null && !group.isEmpty() && !group.equals(majority)) {
                row.findings.add(finding(row, RosterField.GROUP_ID, FindingCode.GROUP_ID_MISMATCH, group, majority));
            }
            entries.add(new RosterEntry(row.row, row.values, row.password, row.cells, row.others, row.findings, row.hidden));
            Arrays.fill(row.password, '\0');
            all.addAll(row.findings);
        }
        all.sort(java.util.Comparator.comparingInt(Finding::row));
        findingsOut.addAll(all);
        rows.clear();
        return entries;
    }
}

package io.certdesk.roster.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;

import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.Finding;
import io.certdesk.roster.FindingCode;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterProblem;

/**
 * Finds the header row among the first rows (title rows above it are fine) and maps columns to fields:
 * the saved mapping first, then the header aliases. Unknown columns are kept.
 */
final class HeaderDetector {

    /** The header row and the resulting column mapping. */
    record Header(int rowNumber, List<String> headers, Map<RosterField, Integer> columns, List<Finding> findings) {
    }

    private HeaderDetector() {
    }

    /**
     * How many distinct fields the row's cells name; each cell counts for the one field it names
     * unambiguously (so a note naming several fields in one cell is no header row). The mapping's header
     * texts count too.
     */
    static int score(List<String> cells, ColumnMapping mapping) {
        Set<RosterField> found = new HashSet<>();
        Map<String, RosterField> mapped = mappedHeaders(mapping);
        for (String cell : cells) {
            String key = HeaderAliases.key(cell);
            if (key.isEmpty()) {
                continue;
            }
            RosterField field = mapped.get(key);
            if (field == null) {
                field = HeaderAliases.fieldOf(cell).orElse(null);
            }
            if (field != null) {
                found.add(field);
            }
        }
        return found.size();
    }

    static Optional<Header> detect(List<Sample> rows, ColumnMapping mapping, String source) throws RosterException {
        Sample best = null;
        if (mapping != null && mapping.headerRow().isPresent()) {
            int wanted = mapping.headerRow().getAsInt();
            best = rows.stream().filter(r -> r.rowNumber() == wanted).findFirst().orElseThrow(
                    () -> new RosterException(RosterProblem.BAD_MAPPING, source, Messages.bind(Messages.mappingHeaderRowEmpty, wanted)));
        } else {
            int bestScore = 1;
            for (Sample row : rows) {
                int score = score(row.cells(), mapping);
                if (score > bestScore) {
                    best = row;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(map(best, mapping, source));
    }

    private static Header map(Sample row, ColumnMapping mapping, String source) throws RosterException {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = TextNormaliser.normalise(row.cells().get(i)).text();
            headers.add(text.isEmpty() ? "(" + CellReference.convertNumToColString(i) + ")" : text); //$NON-NLS-1$ //$NON-NLS-2$
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).startsWith("(") //$NON-NLS-1$
                && isBlank(row.cells(), headers.size() - 1)) {
            headers.remove(headers.size() - 1);
        }
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(row.rowNumber(), null, null, FindingCode.HEADER_ROW_FOUND, Integer.toString(row.rowNumber())));
        if (mapping != null) {
            for (Map.Entry<RosterField, String> e : mapping.columns().entrySet()) {
                columns.put(e.getKey(), mappedColumn(e.getValue(), headers, source));
            }
        }
        Set<RosterField> ambiguous = detectColumns(row, headers, mapping, columns, findings);
        for (int i = 0; i < headers.size(); i++) {
            if (!columns.containsValue(i) && !isBlank(row.cells(), i)) {
                findings.add(Finding.of(row.rowNumber(), headers.get(i), null, FindingCode.UNKNOWN_COLUMN_KEPT, headers.get(i)));
            }
        }
        for (RosterField field : RosterField.values()) {
            if (!columns.containsKey(field) && !ambiguous.contains(field)) {
                findings.add(field.required()
                        ? Finding.of(row.rowNumber(), null, field, FindingCode.REQUIRED_COLUMN_MISSING, field.label())
                        : Finding.of(row.rowNumber(), null, field, FindingCode.OPTIONAL_COLUMN_ABSENT, field.label()));
            }
        }
        return new Header(row.rowNumber(), headers, columns, findings);
    }

    /** A column that names a field, and how well. */
    private record Candidate(int column, HeaderAliases.Match match) {
    }

    /**
     * Maps the columns the mapping does not name by their headers' words. A header naming two fields about
     * equally well, and two different headers naming one field about equally well, are findings that name
     * both; the field is then left unmapped rather than guessed. Returns the fields left unmapped so.
     */
    private static Set<RosterField> detectColumns(Sample row, List<String> headers, ColumnMapping mapping,
            Map<RosterField, Integer> columns, List<Finding> findings) {
        Map<RosterField, List<Candidate>> candidates = new EnumMap<>(RosterField.class);
        for (int i = 0; i < headers.size(); i++) {
            if (columns.containsValue(i) || isBlank(row.cells(), i)) {
                continue;
            }
            HeaderAliases.Verdict verdict = HeaderAliases.verdict(headers.get(i));
            if (verdict.ambiguous()) {
                findings.add(Finding.of(row.rowNumber(), headers.get(i), null, FindingCode.AMBIGUOUS_HEADER, headers.get(i),
                        verdict.best().get().field().label(), verdict.rival().get().field().label()));
                continue;
            }
            if (verdict.best().isPresent()) {
                candidates.computeIfAbsent(verdict.best().get().field(), f -> new ArrayList<>())
                        .add(new Candidate(i, verdict.best().get()));
            }
        }
        Set<RosterField> ambiguous = new HashSet<>();
        for (Map.Entry<RosterField, List<Candidate>> e : candidates.entrySet()) {
            RosterField field = e.getKey();
            if (columns.containsKey(field)) {
                continue;
            }
            List<Candidate> list = new ArrayList<>(e.getValue());
            list.sort(java.util.Comparator.comparingInt((Candidate c) -> c.match().score()).reversed()
                    .thenComparingInt(Candidate::column));
            Candidate top = list.get(0);
            String topHeader = headers.get(top.column());
            List<Finding> duplicates = new ArrayList<>();
            Candidate rival = null;
            for (Candidate other : list.subList(1, list.size())) {
                String otherHeader = headers.get(other.column());
                boolean sameWords = HeaderAliases.key(otherHeader).equals(HeaderAliases.key(topHeader));
                boolean close = top.match().exact() == other.match().exact()
                        && top.match().score() - other.match().score() < HeaderAliases.MARGIN;
                if (!sameWords && close) {
                    rival = other;
                    break;
                }
                duplicates.add(Finding.of(row.rowNumber(), otherHeader, field, FindingCode.DUPLICATE_COLUMN, otherHeader,
                        topHeader));
            }
            if (rival != null) {
                ambiguous.add(field);
                int first = Math.min(top.column(), rival.column());
                int second = Math.max(top.column(), rival.column());
                findings.add(Finding.of(row.rowNumber(), headers.get(first), field, FindingCode.AMBIGUOUS_COLUMN,
                        headers.get(first), headers.get(second), field.label()));
            } else {
                columns.put(field, top.column());
                findings.addAll(duplicates);
            }
        }
        return ambiguous;
    }

    private static int mappedColumn(String reference, List<String> headers, String source) throws RosterException {
        if (reference.regionMatches(true, 0, ColumnMapping.COLUMN_PREFIX, 0, ColumnMapping.COLUMN_PREFIX.length())) {
            String letters = reference.substring(ColumnMapping.COLUMN_PREFIX.length()).strip();
            if (!letters.matches("[A-Za-z]{1,3}")) { //$NON-NLS-1$
                throw new RosterException(RosterProblem.BAD_MAPPING, source, Messages.bind(Messages.mappingBadColumn, reference));
            }
            return CellReference.convertColStringToIndex(letters.toUpperCase(java.util.Locale.ROOT));
        }
        String key = HeaderAliases.key(reference);
        for (int i = 0; i < headers.size(); i++) {
            if (HeaderAliases.key(headers.get(i)).equals(key)) {
                return i;
            }
        }
        throw new RosterException(RosterProblem.BAD_MAPPING, source, Messages.bind(Messages.mappingHeaderMissing, reference));
    }

    private static Map<String, RosterField> mappedHeaders(ColumnMapping mapping) {
        Map<String, RosterField> mapped = new java.util.HashMap<>();
        if (mapping != null) {
            mapping.columns().forEach((field, value) -> {
                if (!value.regionMatches(true, 0, ColumnMapping.COLUMN_PREFIX, 0, ColumnMapping.COLUMN_PREFIX.length())) {
                    mapped.put(HeaderAliases.key(value), field);
                }
            });
        }
        return mapped;
    }

    private static boolean isBlank(List<String> cells, int index) {
        return index >= cells.size() || cells.get(index) == null || cells.get(index).isBlank();
    }
}

package io.certdesk.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the entries of one import came from: the roster's file name, its header row and how its columns were read.
 * The workspace stores it once per import ({@link Workspace#importEntries(ImportSource, List)}), not with every
 * entry.
 *
 * @param fileName the roster's file name (no folder), or empty when unknown
 * @param headers the header of every column, in order (empty string for a column without header)
 * @param mapping field key (e.g. {@code certificateNumber}, {@code RosterField.key()}) to the 0-based column it was read from
 */
public record ImportSource(String fileName, List<String> headers, Map<String, Integer> mapping) {

    public ImportSource {
        fileName = Objects.requireNonNull(fileName, "fileName"); //$NON-NLS-1$
        headers = List.copyOf(headers);
        mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }
}

package io.certdesk.ui.internal.roster;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterField;

/**
 * What the administrator chose in the import wizard so far: the file, and whatever overrides the reader's detection
 * (sheet, CSV encoding, header row, a column per field). Everything not chosen is detected, as
 * {@code certdesk roster check} does.
 */
public final class RosterChoice {

    private Path file;
    private String sheet = ""; //$NON-NLS-1$
    private Charset charset;
    private int headerRow;
    private final Map<RosterField, String> columns = new EnumMap<>(RosterField.class);

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    void file(Path chosen) {
        if (!Objects.equals(file, chosen)) {
            columns.clear(); // another file has other headers
        }
        file = chosen;
    }

    void sheet(String name) {
        sheet = name == null ? "" : name.strip(); //$NON-NLS-1$
    }

    /** A forced CSV character set; null: detect. */
    void charset(Charset forced) {
        charset = forced;
    }

    /** The header row (1-based); 0: detect. */
    void headerRow(int row) {
        headerRow = row;
    }

    /** The column header for a field; null or blank: detect (required fields) or none (optional ones). */
    void column(RosterField field, String header) {
        if (header == null || header.isBlank()) {
            columns.remove(field);
        } else {
            columns.put(field, header);
        }
    }

    void clearColumns() {
        columns.clear();
    }

    /** The reader's options for these choices. */
    public ImportOptions options() {
        ImportOptions.Builder builder = ImportOptions.builder();
        if (!sheet.isEmpty()) {
            builder.sheet(sheet);
        }
        if (charset != null) {
            builder.charset(charset);
        }
        if (!columns.isEmpty() || headerRow > 0) {
            builder.mapping(ColumnMapping.of(columns, sheet.isEmpty() ? null : sheet, headerRow));
        }
        return builder.build();
    }

    /** A key that changes whenever the options do (to know when a preview is stale). */
    String key() {
        return file + "|" + sheet + "|" + charset + "|" + headerRow + "|" + columns; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}

package io.certdesk.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import io.certdesk.roster.internal.Messages;

/**
 * A saved column mapping that overrides header detection: for some fields, the header text or the column
 * letter to use; optionally the sheet and the header row. Fields it does not name are still detected.
 * <p>
 * Stored as a UTF-8 properties file:
 * <pre>
 * sheet = 名簿
 * headerRow = 3
 * certificateNumber = 証明書No
 * retrievalPassword = column:C
 * </pre>
 */
public final class ColumnMapping {

    /** Prefix of a value that names a column by its letters instead of its header. */
    public static final String COLUMN_PREFIX = "column:"; //$NON-NLS-1$
    private static final String SHEET = "sheet"; //$NON-NLS-1$
    private static final String HEADER_ROW = "headerRow"; //$NON-NLS-1$

    private final Map<RosterField, String> columns;
    private final String sheet;
    private final int headerRow;

    private ColumnMapping(Map<RosterField, String> columns, String sheet, int headerRow) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.sheet = sheet;
        this.headerRow = headerRow;
    }

    /**
     * A mapping from fields to header texts or {@code column:X} references.
     *
     * @param headerRow the 1-based header row, or 0 to detect it
     */
    public static ColumnMapping of(Map<RosterField, String> columns, String sheet, int headerRow) {
        Objects.requireNonNull(columns, "columns"); //$NON-NLS-1$
        if (headerRow < 0) {
            throw new IllegalArgumentException("headerRow " + headerRow); //$NON-NLS-1$
        }
        EnumMap<RosterField, String> copy = new EnumMap<>(RosterField.class);
        columns.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(field, value.strip());
            }
        });
        return new ColumnMapping(copy.isEmpty() ? Map.of() : copy, sheet, headerRow);
    }

    /** Reads a mapping file; an unknown key or a bad header row refuses the file with a clear message. */
    public static ColumnMapping load(Path file) throws RosterException {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new RosterException(RosterProblem.BAD_MAPPING, file.toString(), Messages.mappingNotFound, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new RosterException(RosterProblem.BAD_MAPPING, file.toString(), e.getMessage(), e);
        }
        EnumMap<RosterField, String> columns = new EnumMap<>(RosterField.class);
        String sheet = null;
        int headerRow = 0;
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (SHEET.equals(key)) {
                sheet = value.isEmpty() ? null : value;
            } else if (HEADER_ROW.equals(key)) {
                headerRow = parseRow(file, value);
            } else {
                RosterField field = RosterField.ofKey(key);
                if (field == null) {
                    throw new RosterException(RosterProblem.BAD_MAPPING, file.toString(),
                            Messages.bind(Messages.mappingUnknownKey, key));
                }
                columns.put(field, value);
            }
        }
        return of(columns, sheet, headerRow);
    }

    private static int parseRow(Path file, String value) throws RosterException {
        try {
            int row = Integer.parseInt(value);
            if (row >= 1) {
                return row;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RosterException(RosterProblem.BAD_MAPPING, file.toString(), Messages.bind(Messages.mappingBadHeaderRow, value));
    }

    /** Writes this mapping as a UTF-8 properties file. */
    public void store(Writer writer) throws IOException {
        Properties properties = new Properties();
        columns.forEach((field, value) -> properties.setProperty(field.key(), value));
        if (sheet != null) {
            properties.setProperty(SHEET, sheet);
        }
        if (headerRow > 0) {
            properties.setProperty(HEADER_ROW, Integer.toString(headerRow));
        }
        properties.store(writer, "CertDesk column mapping"); //$NON-NLS-1$
    }

    /** Field to header text or {@code column:X}. */
    public Map<RosterField, String> columns() {
        return columns;
    }

    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** The 1-based header row, when fixed. */
    public OptionalInt headerRow() {
        return headerRow > 0 ? OptionalInt.of(headerRow) : OptionalInt.empty();
    }
}

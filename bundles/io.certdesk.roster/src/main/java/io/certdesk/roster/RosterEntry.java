package io.certdesk.roster;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.roster.internal.SparseCells;

/**
 * One imported roster row: the normalised values of the known fields, every cell of the row in column
 * order (for the result workbook), the findings about it and its verdict. The retrieval password is
 * held as a {@code char[]} only, is never part of {@link #cells()} or {@link #toString()}, and is wiped
 * by {@link #clearSecret()}.
 */
public final class RosterEntry {

    private final int row;
    private final Map<RosterField, String> values;
    private final char[] retrievalPassword;
    private final List<String> cells;
    private final Map<String, String> otherColumns;
    private final List<Finding> findings;
    private final RowStatus status;
    private final boolean hidden;

    /**
     * @param row               the spreadsheet row number (1-based)
     * @param values            normalised values of the known fields (the retrieval password is ignored here)
     * @param retrievalPassword the retrieval password (copied; may be null)
     * @param cells             every cell of the row in column order, the password cell left empty
     * @param otherColumns      header to value of the filled cells of the columns CertDesk does not use, in
     *                          column order
     * @param findings          the findings about this row
     * @param hidden            whether the row is hidden in the spreadsheet
     */
    public RosterEntry(int row, Map<RosterField, String> values, char[] retrievalPassword, List<String> cells,
            Map<String, String> otherColumns, List<Finding> findings, boolean hidden) {
        this.row = row;
        EnumMap<RosterField, String> copy = new EnumMap<>(RosterField.class);
        Objects.requireNonNull(values, "values").forEach((field, value) -> { //$NON-NLS-1$
            if (!field.secret() && value != null && !value.isEmpty()) {
                copy.put(field, value);
            }
        });
        this.values = Collections.unmodifiableMap(copy);
        this.retrievalPassword = retrievalPassword == null ? new char[0] : retrievalPassword.clone();
        Objects.requireNonNull(cells, "cells"); //$NON-NLS-1$
        this.cells = cells instanceof SparseCells sparse ? sparse : List.copyOf(cells);
        this.otherColumns = Collections.unmodifiableMap(new LinkedHashMap<>(otherColumns));
        this.findings = List.copyOf(findings);
        this.status = RowStatus.of(findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(null));
        this.hidden = hidden;
    }

    /** The spreadsheet row number as the user sees it (1-based). */
    public int row() {
        return row;
    }

    /** The normalised value of a field; empty when the cell is empty or the column absent. */
    public Optional<String> value(RosterField field) {
        if (field.secret()) {
            throw new IllegalArgumentException("use retrievalPassword()"); //$NON-NLS-1$
        }
        return Optional.ofNullable(values.get(field));
    }

    /**
     * The row's delivery channel in the product's vocabulary; empty when the cell is empty or names no channel
     * (then an {@link FindingCode#UNKNOWN_DELIVERY_CHANNEL} warning says so and the batch setting applies).
     */
    public Optional<DeliveryChannel> deliveryChannel() {
        return value(RosterField.DELIVERY_CHANNEL).flatMap(DeliveryChannel::fromId);
    }

    /** The row's export profile; empty when the cell is empty or names no profile (the batch setting applies). */
    public Optional<ExportProfile> exportProfile() {
        return value(RosterField.EXPORT_PROFILE).flatMap(ExportProfile::fromId);
    }

    /** A copy of the retrieval password (empty when none); the caller clears it after use. */
    public char[] retrievalPassword() {
        return retrievalPassword.clone();
    }

    /** Whether the row has a retrieval password. */
    public boolean hasRetrievalPassword() {
        return retrievalPassword.length > 0;
    }

    /** Wipes the retrieval password held by this entry. */
    public void clearSecret() {
        Arrays.fill(retrievalPassword, '\0');
    }

    /** Every cell of the row in column order (see {@link ImportResult#headers()}), the password cell empty. */
    public List<String> cells() {
        return cells;
    }

    /** The columns CertDesk does not use: header to value, in column order. */
    public Map<String, String> otherColumns() {
        return otherColumns;
    }

    /** The findings about this row. */
    public List<Finding> findings() {
        return findings;
    }

    /** The verdict, from the worst finding. */
    public RowStatus status() {
        return status;
    }

    /** Whether the row is hidden in the spreadsheet. */
    public boolean hidden() {
        return hidden;
    }

    @Override
    public String toString() {
        return "RosterEntry[row=" + row + ", status=" + status + ", values=" + values + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

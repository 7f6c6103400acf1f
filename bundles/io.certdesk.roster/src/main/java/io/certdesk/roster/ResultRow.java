package io.certdesk.roster;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the result workbook: the entry's input cells and what happened to it. Every field is
 * optional; the workspace engine fills what it knows. The export password for the handout sheet is held
 * as a {@code char[]}, copied in and wiped by {@link #clearSecret()}.
 */
public final class ResultRow {

    private final int sourceRow;
    private final List<String> inputCells;
    private final String name;
    private final String email;
    private final String certificateNumber;
    private final String status;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Instant windowDeadline;
    private final String exportFileName;
    private final String exportProfile;
    private final String fingerprint;
    private final Instant expiry;
    private final Map<String, String> deliveries;
    private final Integer errorCode;
    private final String errorMessage;
    private final String remedy;
    private final char[] handoutPassword;

    private ResultRow(Builder b) {
        this.sourceRow = b.sourceRow;
        this.inputCells = List.copyOf(b.inputCells);
        this.name = b.name;
        this.email = b.email;
        this.certificateNumber = b.certificateNumber;
        this.status = b.status;
        this.startedAt = b.startedAt;
        this.finishedAt = b.finishedAt;
        this.windowDeadline = b.windowDeadline;
        this.exportFileName = b.exportFileName;
        this.exportProfile = b.exportProfile;
        this.fingerprint = b.fingerprint;
        this.expiry = b.expiry;
        this.deliveries = Collections.unmodifiableMap(new LinkedHashMap<>(b.deliveries));
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.remedy = b.remedy;
        this.handoutPassword = b.handoutPassword == null ? null : b.handoutPassword.clone();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder already holding the entry's row number, input cells, name, e-mail and certificate number. */
    public static Builder from(RosterEntry entry) {
        Objects.requireNonNull(entry, "entry"); //$NON-NLS-1$
        return builder().sourceRow(entry.row()).inputCells(entry.cells())
                .name(entry.value(RosterField.NAME).orElse(null)).email(entry.value(RosterField.EMAIL).orElse(null))
                .certificateNumber(entry.value(RosterField.CERTIFICATE_NUMBER).orElse(null));
    }

    /** The roster row number, 0 when unknown. */
    public int sourceRow() {
        return sourceRow;
    }

    /** The input cells in the roster's column order (the retrieval password cell empty). */
    public List<String> inputCells() {
        return inputCells;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> certificateNumber() {
        return Optional.ofNullable(certificateNumber);
    }

    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** End of the portal's 24-hour re-download window. */
    public Optional<Instant> windowDeadline() {
        return Optional.ofNullable(windowDeadline);
    }

    public Optional<String> exportFileName() {
        return Optional.ofNullable(exportFileName);
    }

    public Optional<String> exportProfile() {
        return Optional.ofNullable(exportProfile);
    }

    /** The certificate's fingerprint as shown (e.g. SHA-256 hex). */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiry);
    }

    /** Delivery state per channel (e.g. mail to "sent"), in the order given. */
    public Map<String, String> deliveries() {
        return deliveries;
    }

    /** The catalogue error code, e.g. 502. */
    public Optional<Integer> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    public Optional<String> remedy() {
        return Optional.ofNullable(remedy);
    }

    /** A copy of the export password for the handout sheet; the caller clears it. */
    public Optional<char[]> handoutPassword() {
        return handoutPassword == null ? Optional.empty() : Optional.of(handoutPassword.clone());
    }

    /** Wipes the handout password. */
    public void clearSecret() {
        if (handoutPassword != null) {
            Arrays.fill(handoutPassword, '\0');
        }
    }

    @Override
    public String toString() {
        return "ResultRow[row=" + sourceRow + ", status=" + status + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Builds a {@link ResultRow}; every setter is optional. */
    public static final class Builder {
        private int sourceRow;
        private List<String> inputCells = List.of();
        private String name;
        private String email;
        private String certificateNumber;
        private String status;
        private Instant startedAt;
        private Instant finishedAt;
        private Instant windowDeadline;
        private String exportFileName;
        private String exportProfile;
        private String fingerprint;
        private Instant expiry;
        private final Map<String, String> deliveries = new LinkedHashMap<>();
        private Integer errorCode;
        private String errorMessage;
        private String remedy;
        private char[] handoutPassword;

        private Builder() {
        }

        public Builder sourceRow(int row) {
            this.sourceRow = row;
            return this;
        }

        public Builder inputCells(List<String> cells) {
            this.inputCells = cells.stream().map(c -> c == null ? "" : c).toList(); //$NON-NLS-1$
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder certificateNumber(String value) {
            this.certificateNumber = value;
            return this;
        }

        public Builder status(String value) {
            this.status = value;
            return this;
        }

        public Builder startedAt(Instant value) {
            this.startedAt = value;
            return this;
        }

        public Builder finishedAt(Instant value) {
            this.finishedAt = value;
            return this;
        }

        public Builder windowDeadline(Instant value) {
            this.windowDeadline = value;
            return this;
        }

        public Builder exportFileName(String value) {
            this.exportFileName = value;
            return this;
        }

        public Builder exportProfile(String value) {
            this.exportProfile = value;
            return this;
        }

        public Builder fingerprint(String value) {
            this.fingerprint = value;
            return this;
        }

        public Builder expiry(Instant value) {
            this.expiry = value;
            return this;
        }

        public Builder delivery(String channel, String state) {
            this.deliveries.put(Objects.requireNonNull(channel, "channel"), state); //$NON-NLS-1$
            return this;
        }

        public Builder errorCode(Integer value) {
            this.errorCode = value;
            return this;
        }

        public Builder errorMessage(String value) {
            this.errorMessage = value;
            return this;
        }

        public Builder remedy(String value) {
            this.remedy = value;
            return this;
        }

        /** The export password to list on the handout sheet (copied). */
        public Builder handoutPassword(char[] password) {
            this.handoutPassword = password == null ? null : password.clone();
            return this;
        }

        public ResultRow build() {
            return new ResultRow(this);
        }
    }
}

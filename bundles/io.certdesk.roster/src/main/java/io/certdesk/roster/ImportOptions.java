package io.certdesk.roster;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one roster file. Everything is optional: by default the format is detected from the file's
 * content, the sheet is the visible one whose headers match best, the headers are detected in the first
 * {@value #HEADER_SEARCH_ROWS} rows, and a CSV's character set is detected (BOM, then strict UTF-8, else
 * Windows-31J).
 */
public final class ImportOptions {

    /** How many rows from the top are searched for the header row. */
    public static final int HEADER_SEARCH_ROWS = 30;

    private final String sheet;
    private final ColumnMapping mapping;
    private final Charset charset;
    private final RosterFormat format;
    private final RosterLimits limits;

    private ImportOptions(Builder builder) {
        this.sheet = builder.sheet;
        this.mapping = builder.mapping;
        this.charset = builder.charset;
        this.format = builder.format;
        this.limits = builder.limits;
    }

    /** Detect everything, default limits. */
    public static ImportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The sheet to read: the option, else the mapping's sheet. */
    public Optional<String> sheet() {
        if (sheet != null) {
            return Optional.of(sheet);
        }
        return mapping == null ? Optional.empty() : mapping.sheet();
    }

    public Optional<ColumnMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    /** A forced CSV character set. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** A forced format. */
    public Optional<RosterFormat> format() {
        return Optional.ofNullable(format);
    }

    public RosterLimits limits() {
        return limits;
    }

    /** Builds {@link ImportOptions}. */
    public static final class Builder {
        private String sheet;
        private ColumnMapping mapping;
        private Charset charset;
        private RosterFormat format;
        private RosterLimits limits = RosterLimits.defaults();

        private Builder() {
        }

        public Builder sheet(String name) {
            this.sheet = name;
            return this;
        }

        public Builder mapping(ColumnMapping columnMapping) {
            this.mapping = columnMapping;
            return this;
        }

        public Builder charset(Charset csvCharset) {
            this.charset = csvCharset;
            return this;
        }

        public Builder format(RosterFormat forced) {
            this.format = forced;
            return this;
        }

        public Builder limits(RosterLimits rosterLimits) {
            this.limits = Objects.requireNonNull(rosterLimits, "limits"); //$NON-NLS-1$
            return this;
        }

        public ImportOptions build() {
            return new ImportOptions(this);
        }
    }
}

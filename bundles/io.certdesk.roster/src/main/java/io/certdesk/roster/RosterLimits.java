package io.certdesk.roster;

/**
 * Bounds that keep a hostile or mistaken file from exhausting memory or time. Hitting one refuses the
 * whole file with a message that names the limit.
 *
 * @param maxRows             most data rows read from one sheet (the row cap)
 * @param maxFileBytes        largest file accepted, in bytes
 * @param maxEntryBytes       largest uncompressed part of an .xlsx (zip entry), in bytes
 * @param minInflateRatio     smallest compressed/uncompressed ratio of an .xlsx part (zip-bomb guard)
 * @param maxSharedStringChars most characters in an .xlsx shared-strings table, all strings together
 * @param maxCellChars        most characters in one cell (Excel's own limit is 32,767)
 */
public record RosterLimits(int maxRows, long maxFileBytes, long maxEntryBytes, double minInflateRatio,
        long maxSharedStringChars, int maxCellChars) {

    /** Default row cap. */
    public static final int DEFAULT_MAX_ROWS = 200_000;

    public RosterLimits {
        if (maxRows < 1 || maxFileBytes < 1 || maxEntryBytes < 1 || maxSharedStringChars < 1 || maxCellChars < 1) {
            throw new IllegalArgumentException("limits must be positive"); //$NON-NLS-1$
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be between 0 and 1"); //$NON-NLS-1$
        }
    }

    /** 200,000 rows, 256 MiB files, 1 GiB parts, inflate ratio 1:100, 64 M shared-string characters, 32,767 per cell. */
    public static RosterLimits defaults() {
        return new RosterLimits(DEFAULT_MAX_ROWS, 256L << 20, 1L << 30, 0.01, 64_000_000L, 32_767);
    }

    /** The same limits with another row cap. */
    public RosterLimits withMaxRows(int rows) {
        return new RosterLimits(rows, maxFileBytes, maxEntryBytes, minInflateRatio, maxSharedStringChars, maxCellChars);
    }

    /** The same limits with another shared-strings budget. */
    public RosterLimits withMaxSharedStringChars(long chars) {
        return new RosterLimits(maxRows, maxFileBytes, maxEntryBytes, minInflateRatio, chars, maxCellChars);
    }
}

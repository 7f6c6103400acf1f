package io.certdesk.roster;

/** The verdict on one roster row, from the worst of its findings. */
public enum RowStatus {
    /** No warning or error. */
    ACCEPTED,
    /** Usable, with warnings. */
    WARNED,
    /** Not usable: at least one error. */
    REJECTED;

    /** The verdict for a row whose worst finding has this severity (null: none). */
    public static RowStatus of(Severity worst) {
        if (worst == Severity.ERROR) {
            return REJECTED;
        }
        return worst == Severity.WARNING ? WARNED : ACCEPTED;
    }
}

package io.certdesk.ui.internal.entries;

/**
 * What a row warns about, most urgent first. Each is shown with its icon, its text and its colour together, never
 * by colour alone.
 */
public enum Risk {
    /** A step failed: retry or fix. */
    FAILED("failed"), //$NON-NLS-1$
    /** The 24-hour re-download window passed without a good copy: a re-issue is needed. */
    WINDOW_PASSED("window_passed"), //$NON-NLS-1$
    /** Less than one hour left in the 24-hour window. */
    UNDER_HOUR("under_hour"), //$NON-NLS-1$
    /** Downloaded but unfinished, closer to the deadline than the workspace's margin. */
    AT_RISK("at_risk"), //$NON-NLS-1$
    /** A newer certificate replaces this one. */
    SUPERSEDED("superseded"), //$NON-NLS-1$
    /** Nothing to warn about. */
    NONE(""); //$NON-NLS-1$

    private final String icon;

    Risk(String icon) {
        this.icon = icon;
    }

    /** The icon's base name under {@code icons/}; empty for {@link #NONE}. */
    public String icon() {
        return icon;
    }
}

package io.certdesk.ui.internal.watch;

import io.certdesk.ui.internal.entries.QuickFilter;

/** What the watcher looks for; each kind has its notification and the quick filter a click on it sets. */
public enum WatchKind {
    /** 24-hour windows closing within the first warning time (worse once under the second). */
    CLOSING(QuickFilter.AT_RISK),
    /** Windows passed before the export: the certificate must be re-issued. */
    PASSED(QuickFilter.WINDOW_PASSED),
    /** Certificates inside their renewal window. */
    RENEWAL_OPEN(QuickFilter.RENEWAL_OPEN),
    /** Certificates expired. */
    EXPIRED(QuickFilter.EXPIRED),
    /** Sends whose outcome is unknown: confirm or resend. */
    UNKNOWN_SENDS(QuickFilter.UNKNOWN_SEND),
    /** Files delivered whose passwords have not gone yet. */
    PASSWORDS_PENDING(QuickFilter.PASSWORD_PENDING);

    private final QuickFilter filter;

    WatchKind(QuickFilter filter) {
        this.filter = filter;
    }

    /** The Entries table's filter that shows the entries concerned. */
    public QuickFilter filter() {
        return filter;
    }

    /** The preference key that turns this kind's notifications on or off. */
    public String preferenceKey() {
        return "watch.notify." + name().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }
}

package io.certdesk.ui.internal.entries;

import java.util.function.Predicate;

import io.certdesk.workspace.EntryState;

/** The table's quick filters; the overview strip sets them too. */
public enum QuickFilter {
    ALL(row -> true),
    /** At risk or under one hour left. */
    AT_RISK(row -> row.risk() == Risk.AT_RISK || row.risk() == Risk.UNDER_HOUR),
    FAILED(row -> row.entry().state() == EntryState.FAILED),
    WINDOW_PASSED(row -> row.risk() == Risk.WINDOW_PASSED),
    RENEWAL_OPEN(EntryRow::renewalOpen),
    UNKNOWN_SEND(EntryRow::unknownSend),
    /** The certificate expired: re-issue. */
    EXPIRED(EntryRow::expired),
    /** The file went, the password not yet. */
    PASSWORD_PENDING(EntryRow::passwordPending),
    IMPORTED(row -> row.entry().state() == EntryState.IMPORTED),
    DOWNLOADED(row -> row.entry().state() == EntryState.DOWNLOADED),
    VERIFIED(row -> row.entry().state() == EntryState.VERIFIED),
    EXPORTED(row -> row.entry().state() == EntryState.EXPORTED),
    DELIVERED(row -> row.entry().state() == EntryState.DELIVERED),
    DONE(row -> row.entry().state() == EntryState.DONE),
    SUPERSEDED(row -> row.entry().state() == EntryState.SUPERSEDED);

    private final Predicate<EntryRow> test;

    QuickFilter(Predicate<EntryRow> test) {
        this.test = test;
    }

    public boolean test(EntryRow row) {
        return test.test(row);
    }

    /** The filter that shows the entries in this state. */
    public static QuickFilter of(EntryState state) {
        return switch (state) {
            case FAILED -> FAILED;
            case WINDOW_PASSED -> WINDOW_PASSED;
            default -> valueOf(state.name());
        };
    }
}

package io.certdesk.jobs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RowStatus;
import io.certdesk.workspace.EntryDraft;

/**
 * Roster rows to workspace entries. Accepted and warned rows become {@link EntryDraft}s; the roster row number,
 * its headers and its cells (the password cell is always empty) travel in the entry's extras for the result
 * workbook.
 */
public final class RosterImport {

    /** Extra holding the roster row number. */
    public static final String ROW = "certdesk.row"; //$NON-NLS-1$
    /** Extra holding the roster headers, separated by {@link #SEPARATOR}. */
    public static final String HEADERS = "certdesk.headers"; //$NON-NLS-1$
    /** Extra holding the row's cells, separated by {@link #SEPARATOR}. */
    public static final String CELLS = "certdesk.cells"; //$NON-NLS-1$
    /** Unit separator: never part of a normalised cell (control characters are removed). */
    public static final String SEPARATOR = "\u001F"; //$NON-NLS-1$

    private RosterImport() {
    }

    /** Drafts of the usable rows; the caller hands them to the workspace, which wipes their passwords. */
    public static List<EntryDraft> drafts(ImportResult result) {
        List<EntryDraft> drafts = new ArrayList<>();
        String headers = String.join(SEPARATOR, result.headers());
        for (RosterEntry entry : result.entries()) {
            if (entry.status() == RowStatus.REJECTED) {
                continue;
            }
            EntryDraft.Builder builder = EntryDraft.builder(value(entry, RosterField.GROUP_ID),
                    value(entry, RosterField.CERTIFICATE_NUMBER), entry.retrievalPassword())
                    .name(value(entry, RosterField.NAME)).email(value(entry, RosterField.EMAIL))
                    .department(value(entry, RosterField.DEPARTMENT)).channel(value(entry, RosterField.DELIVERY_CHANNEL))
                    .recipient(value(entry, RosterField.PASSWORD_RECIPIENT));
            entry.value(RosterField.EXPORT_PROFILE).ifPresent(builder::exportProfile);
            for (Map.Entry<String, String> other : entry.otherColumns().entrySet()) {
                builder.extra(other.getKey(), other.getValue());
            }
            builder.extra(ROW, Integer.toString(entry.row()));
            builder.extra(HEADERS, headers);
            builder.extra(CELLS, String.join(SEPARATOR, entry.cells()));
            drafts.add(builder.build());
        }
        return drafts;
    }

    private static String value(RosterEntry entry, RosterField field) {
        return entry.value(field).orElse(""); //$NON-NLS-1$
    }
}

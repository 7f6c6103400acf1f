package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RowStatus;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.ImportSource;

/**
 * Roster rows to workspace entries. The roster's file name, header row and column mapping become the one
 * {@link ImportSource} of the import; accepted and warned rows become {@link EntryDraft}s with their channel and
 * export profile in the product's vocabularies; the row number and its cells (the password cell is always empty)
 * travel in the entry's extras for the result workbook.
 */
public final class RosterImport {

    /** Extra holding the roster row number. */
    public static final String ROW = "certdesk.row"; //$NON-NLS-1$
    /** Extra holding the row's cells, separated by {@link #SEPARATOR}. */
    public static final String CELLS = "certdesk.cells"; //$NON-NLS-1$
    /** Unit separator: never part of a normalised cell (control characters are removed). */
    public static final String SEPARATOR = "\u001F"; //$NON-NLS-1$

    private RosterImport() {
    }

    /** The import as the workspace stores it once: the roster's file name, its header row and column mapping. */
    public static ImportSource source(Path roster, ImportResult result) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        result.mapping().forEach((field, column) -> mapping.put(field.key(), column));
        Path name = roster.getFileName();
        return new ImportSource(name == null ? "" : name.toString(), result.headers(), mapping); //$NON-NLS-1$
    }

    /** Drafts of the usable rows; the caller hands them to the workspace, which wipes their passwords. */
    public static List<EntryDraft> drafts(ImportResult result) {
        List<EntryDraft> drafts = new ArrayList<>();
        for (RosterEntry entry : result.entries()) {
            if (entry.status() == RowStatus.REJECTED) {
                continue;
            }
            EntryDraft.Builder builder = EntryDraft.builder(value(entry, RosterField.GROUP_ID),
                    value(entry, RosterField.CERTIFICATE_NUMBER), entry.retrievalPassword())
                    .name(value(entry, RosterField.NAME)).email(value(entry, RosterField.EMAIL))
                    .department(value(entry, RosterField.DEPARTMENT)).channel(entry.deliveryChannel())
                    .recipient(value(entry, RosterField.PASSWORD_RECIPIENT)).exportProfile(entry.exportProfile());
            for (Map.Entry<String, String> other : entry.otherColumns().entrySet()) {
                builder.extra(other.getKey(), other.getValue());
            }
            builder.extra(ROW, Integer.toString(entry.row()));
            builder.extra(CELLS, String.join(SEPARATOR, entry.cells()));
            drafts.add(builder.build());
        }
        return drafts;
    }

    private static String value(RosterEntry entry, RosterField field) {
        return entry.value(field).orElse(""); //$NON-NLS-1$
    }
}

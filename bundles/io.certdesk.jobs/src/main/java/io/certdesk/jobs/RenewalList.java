package io.certdesk.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.text.FormulaGuard;
import io.certdesk.jobs.internal.Messages;

/**
 * A {@link RenewalPlan} as the list to hand to the portal's renewal request: CSV in UTF-8 with a byte order mark
 * (so Excel reads Japanese names), CRLF line ends, a header row and one row per renewable certificate (group ID,
 * certificate number, name, expiry date in the plan's time zone). Expired certificates are left out: the portal
 * cannot renew them, only re-issue. Cells that a spreadsheet could take for a formula are guarded
 * ({@link FormulaGuard}); cells holding a comma, quote or line break are quoted.
 */
public final class RenewalList {

    /** The header row, in the administrator's language (Japanese or English). */
    public static String header() {
        return Messages.renewalListHeader;
    }

    private RenewalList() {
    }

    /** The list's text, starting with the byte order mark. */
    public static String text(RenewalPlan plan) {
        Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(plan.zone());
        StringBuilder out = new StringBuilder("\uFEFF").append(header()).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (RenewalPlan.Item item : plan.entries()) {
            if (!item.renewable()) {
                continue;
            }
            out.append(cell(item.groupId())).append(',').append(cell(item.certificateNumber())).append(',')
                    .append(cell(item.name())).append(',').append(date.format(item.expiry())).append("\r\n"); //$NON-NLS-1$
        }
        return out.toString();
    }

    /** Writes the list to {@code file} (UTF-8 with BOM, owner-only, replaced atomically). */
    public static void write(Path file, RenewalPlan plan) throws IOException {
        DurableFiles.write(file, text(plan).getBytes(StandardCharsets.UTF_8), WriteMode.REPLACE);
    }

    private static String cell(String value) {
        String safe = FormulaGuard.forCsv(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return safe;
    }
}

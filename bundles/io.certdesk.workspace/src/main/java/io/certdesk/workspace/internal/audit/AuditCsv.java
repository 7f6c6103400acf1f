package io.certdesk.workspace.internal.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.certdesk.core.text.FormulaGuard;
import io.certdesk.workspace.AuditRecord;

/**
 * The audit log as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Japanese text).
 * Values that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) get a
 * leading apostrophe.
 */
public final class AuditCsv {

    private static final String[] HEADER = { "sequence", "time", "user", "action", "entry", "certificate_number", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "fingerprint_sha256", "detail", "previous_hash", "hash" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private AuditCsv() {
    }

    public static byte[] render(List<AuditRecord> records) {
        StringBuilder out = new StringBuilder("\uFEFF"); //$NON-NLS-1$
        line(out, HEADER);
        for (AuditRecord r : records) {
            line(out, new String[] { Long.toString(r.sequence()), DateTimeFormatter.ISO_INSTANT.format(r.at()), r.actor(),
                    r.action(), r.entryId().map(String::valueOf).orElse(""), r.certificateNumber(), r.fingerprint(), //$NON-NLS-1$
                    r.detail(), r.previousHash(), r.hash() });
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(values[i]));
        }
        out.append("\r\n"); //$NON-NLS-1$
    }

    /** One cell: formula-safe, quoted when it holds a comma, quote or line break. */
    public static String cell(String value) {
        String safe = FormulaGuard.forCsv(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return safe;
    }
}

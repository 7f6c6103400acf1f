package io.certdesk.ui.internal.entries;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;

import io.certdesk.ui.internal.Messages;
import io.certdesk.workspace.CertificateInfo;

/** The columns of the entries table, with their headers, widths (in average characters) and sort orders. */
public enum EntryColumn {
    STATE(() -> Messages.columnStatus, 30),
    NAME(() -> Messages.columnName, 16),
    DEPARTMENT(() -> Messages.columnDepartment, 14),
    EMAIL(() -> Messages.columnEmail, 28),
    GROUP(() -> Messages.columnGroup, 16),
    CERTIFICATE(() -> Messages.columnCertificate, 14),
    DEADLINE(() -> Messages.columnDeadline, 36),
    FIRST_DOWNLOAD(() -> Messages.columnFirstDownload, 17),
    EXPIRY(() -> Messages.columnExpiry, 12),
    ERROR(() -> Messages.columnError, 8);

    private final Supplier<String> header;
    private final int chars;

    EntryColumn(Supplier<String> header, int chars) {
        this.header = header;
        this.chars = chars;
    }

    public String header() {
        return header.get();
    }

    /** The width in average characters of the dialog font. */
    public int chars() {
        return chars;
    }

    /** Whether the column sorts by its text in the language's collation (the others sort by time or number). */
    public boolean collated() {
        return switch (this) {
            case STATE, DEADLINE, FIRST_DOWNLOAD, EXPIRY, ERROR -> false;
            default -> true;
        };
    }

    /** The ascending order of this column; ties keep the workspace's order (entry id). */
    public Comparator<EntryRow> order(Collator collator) {
        Comparator<EntryRow> primary = switch (this) {
            case STATE -> Comparator.comparing((EntryRow r) -> r.risk()).thenComparing(r -> r.entry().state());
            case DEADLINE -> Comparator.comparing((EntryRow r) -> r.entry().downloadDeadline().orElse(Instant.MAX));
            case FIRST_DOWNLOAD -> Comparator.comparing((EntryRow r) -> r.entry().firstDownloadAt().orElse(Instant.MAX));
            case EXPIRY -> Comparator.comparing(
                    (EntryRow r) -> r.entry().certificate().map(CertificateInfo::notAfter).orElse(Instant.MAX));
            case ERROR -> Comparator.comparingInt((EntryRow r) -> r.entry().errorCode().map(c -> c.code()).orElse(0));
            default -> Comparator.comparing((EntryRow r) -> r.text(this), collator);
        };
        return primary.thenComparingLong(r -> r.entry().id());
    }
}

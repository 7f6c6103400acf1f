package io.certdesk.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.jobs.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A {@link RenewalPlan} as an iCalendar file (RFC 5545): one all-day {@code VEVENT} per date, each with one
 * {@code VALARM} reminder at 09:00 that day. The events name counts, group IDs and certificate numbers, never a
 * person's name or a secret. Summary and description are in the administrator's language (Japanese or English). Lines end in CRLF, are folded at 75 octets (never inside a UTF-8 character) and text
 * values are escaped. A date's {@code UID} depends on the date only, so a calendar imported again updates its
 * events instead of doubling them. Written by hand: the format needs a few dozen lines, and no iCalendar library is
 * in the build's offline repository.
 */
public final class RenewalCalendar {

    private static final String CRLF = "\r\n"; //$NON-NLS-1$
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);

    private RenewalCalendar() {
    }

    /** The calendar's text; {@code stamp} is the {@code DTSTAMP} (when the calendar was made). */
    public static String text(RenewalPlan plan, Instant stamp) {
        Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
        Objects.requireNonNull(stamp, "stamp"); //$NON-NLS-1$
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR"); //$NON-NLS-1$
        line(out, "VERSION:2.0"); //$NON-NLS-1$
        line(out, "PRODID:-//CertDesk//Renewal planner//EN"); //$NON-NLS-1$
        line(out, "CALSCALE:GREGORIAN"); //$NON-NLS-1$
        line(out, "METHOD:PUBLISH"); //$NON-NLS-1$
        String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (RenewalPlan.Due due : plan.dates()) {
            LocalDate date = due.date();
            String summary = summary(due);
            line(out, "BEGIN:VEVENT"); //$NON-NLS-1$
            line(out, "UID:certdesk-renewal-" + DATE.format(date) + "@certdesk.invalid"); //$NON-NLS-1$ //$NON-NLS-2$
            line(out, "DTSTAMP:" + dtstamp); //$NON-NLS-1$
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(date)); //$NON-NLS-1$
            line(out, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1))); //$NON-NLS-1$
            line(out, "SUMMARY:" + escape(summary)); //$NON-NLS-1$
            line(out, "DESCRIPTION:" + escape(description(due, plan.zone()))); //$NON-NLS-1$
            line(out, "TRANSP:TRANSPARENT"); //$NON-NLS-1$
            line(out, "BEGIN:VALARM"); //$NON-NLS-1$
            line(out, "ACTION:DISPLAY"); //$NON-NLS-1$
            line(out, "TRIGGER;RELATED=START:PT9H"); //$NON-NLS-1$
            line(out, "DESCRIPTION:" + escape(summary)); //$NON-NLS-1$
            line(out, "END:VALARM"); //$NON-NLS-1$
            line(out, "END:VEVENT"); //$NON-NLS-1$
        }
        line(out, "END:VCALENDAR"); //$NON-NLS-1$
        return out.toString();
    }

    /** Writes the calendar to {@code file} (UTF-8, owner-only, replaced atomically). */
    public static void write(Path file, RenewalPlan plan, Instant stamp) throws IOException {
        DurableFiles.write(file, text(plan, stamp).getBytes(StandardCharsets.UTF_8), WriteMode.REPLACE);
    }

    private static String summary(RenewalPlan.Due due) {
        long open = due.entries().stream().filter(RenewalPlan.Item::renewable).count();
        long expired = due.entries().size() - open;
        String summary = NLS.bind(open == 1 ? Messages.renewalSummaryOne : Messages.renewalSummaryMany, Long.toString(open));
        return expired > 0 ? summary + NLS.bind(Messages.renewalSummaryExpired, Long.toString(expired)) : summary;
    }

    private static String description(RenewalPlan.Due due, java.time.ZoneId zone) {
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        return due.entries().stream()
                .map(i -> NLS.bind(Messages.renewalDescriptionLine, new Object[] { i.groupId(), i.certificateNumber(),
                        day.format(i.expiry()) }) + (i.renewable() ? "" : Messages.renewalDescriptionExpired)) //$NON-NLS-1$
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case ';' -> out.append("\\;"); //$NON-NLS-1$
                case ',' -> out.append("\\,"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> {
                    // dropped: a CR LF pair becomes one \n
                }
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** RFC 5545 3.1: a content line folded into lines of at most 75 octets, continuations starting with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}

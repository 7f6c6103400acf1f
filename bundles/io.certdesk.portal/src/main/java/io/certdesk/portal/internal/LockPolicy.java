package io.certdesk.portal.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * After {@code maxFailures} wrong passwords in a row a certificate number is locked until the next
 * {@code until} (a time of day in {@code zone}; by default 23:59 Japan time, "late the same day").
 */
public record LockPolicy(int maxFailures, LocalTime until, ZoneId zone) {

    public static final LockPolicy DEFAULT = new LockPolicy(3, LocalTime.of(23, 59), ZoneId.of("Asia/Tokyo")); //$NON-NLS-1$

    public LockPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1"); //$NON-NLS-1$
        }
    }

    /** The end of a lock that starts at {@code now}. */
    public Instant lockEnd(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}

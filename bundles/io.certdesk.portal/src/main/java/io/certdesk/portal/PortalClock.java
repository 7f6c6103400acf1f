package io.certdesk.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock: a base clock plus an offset that tests and demos move forward (for example past the
 * 24-hour re-download window) without waiting.
 */
public final class PortalClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public PortalClock(Clock base, Duration offset) {
        this(base, new AtomicReference<>(Objects.requireNonNull(offset, "offset"))); //$NON-NLS-1$
    }

    private PortalClock(Clock base, AtomicReference<Duration> offset) {
        this.base = Objects.requireNonNull(base, "base"); //$NON-NLS-1$
        this.offset = offset;
    }

    /** The system clock in Japan's time zone, no offset. */
    public static PortalClock system() {
        return new PortalClock(Clock.system(ZoneId.of("Asia/Tokyo")), Duration.ZERO); //$NON-NLS-1$
    }

    public Duration offset() {
        return offset.get();
    }

    public void setOffset(Duration newOffset) {
        offset.set(Objects.requireNonNull(newOffset, "newOffset")); //$NON-NLS-1$
    }

    /** Moves the clock forward (or back, with a negative amount). */
    public void advance(Duration amount) {
        offset.updateAndGet(o -> o.plus(amount));
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PortalClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}

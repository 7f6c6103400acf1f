package io.certdesk.delivery.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.delivery.Sleeper;

/** A clock that only moves when the code under test sleeps: pacing is checked without real waiting. */
public final class VirtualTime extends Clock implements Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public VirtualTime(Instant start) {
        this.now = start;
    }

    public VirtualTime() {
        this(Instant.parse("2026-04-01T09:00:00Z"));
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (!duration.isNegative()) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public synchronized Duration totalSlept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

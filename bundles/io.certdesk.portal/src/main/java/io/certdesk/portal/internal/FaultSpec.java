package io.certdesk.portal.internal;

import java.time.Duration;

import io.certdesk.portal.Fault;

/** A fault from text (admin endpoint, {@code --fault} option): kind plus millis, status, retry-after. */
public final class FaultSpec {

    private FaultSpec() {
    }

    /**
     * @param kind latency, drop, status, wrong-content-type, truncated or slow-drip
     * @param millis the delay of latency and slow-drip (default 5000 and 200)
     * @param status the status of a status fault (default 503)
     * @param retryAfter seconds of a Retry-After header, empty for none
     */
    public static Fault parse(String kind, String millis, String status, String retryAfter) {
        Fault.Kind parsed;
        try {
            parsed = Fault.Kind.ofOption(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault '" + kind //$NON-NLS-1$
                    + "': use latency, drop, status, wrong-content-type, truncated or slow-drip", e); //$NON-NLS-1$
        }
        return switch (parsed) {
            case LATENCY -> Fault.latency(Duration.ofMillis(number(millis, 5000)));
            case DROP -> Fault.drop();
            case STATUS -> retryAfter.isEmpty() ? Fault.status((int) number(status, 503))
                    : Fault.status((int) number(status, 503), Duration.ofSeconds(number(retryAfter, 1)));
            case WRONG_CONTENT_TYPE -> Fault.wrongContentType();
            case TRUNCATED -> Fault.truncated();
            case SLOW_DRIP -> Fault.slowDrip(Duration.ofMillis(number(millis, 200)));
        };
    }

    private static long number(String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e); //$NON-NLS-1$
        }
    }
}

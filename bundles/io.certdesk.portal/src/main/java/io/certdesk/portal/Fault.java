package io.certdesk.portal;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the reference portal injects into download answers, so that clients can be tested against
 * what networks and real portals do. See docs/portal-protocol.md, "Fault injection".
 *
 * @param kind what goes wrong
 * @param delay latency before the answer, or the pause between drip chunks
 * @param status the HTTP status of {@link Kind#STATUS}
 * @param retryAfter the Retry-After header of {@link Kind#STATUS}, if any
 */
public record Fault(Kind kind, Duration delay, int status, Optional<Duration> retryAfter) {

    /** The kinds of fault. */
    public enum Kind {
        /** Wait {@code delay} before handling the request. */
        LATENCY,
        /** Handle the request, then close the connection without any answer. */
        DROP,
        /** Answer with {@code status} (5xx or 429) and a short HTML page, without handling the request. */
        STATUS,
        /** Handle the request and send the PKCS#12 labelled {@code text/html}. */
        WRONG_CONTENT_TYPE,
        /** Handle the request, announce the full length, send half of the body and close. */
        TRUNCATED,
        /** Handle the request and send the body 16 bytes at a time, {@code delay} between chunks. */
        SLOW_DRIP;

        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind ofOption(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Fault {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(delay, "delay"); //$NON-NLS-1$
        Objects.requireNonNull(retryAfter, "retryAfter"); //$NON-NLS-1$
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A fault delay cannot be negative: " + delay); //$NON-NLS-1$
        }
    }

    /**
     * A fault from text, as the admin endpoint and {@code certdesk portal serve --fault} take it.
     *
     * @param kind latency, drop, status, wrong-content-type, truncated or slow-drip
     * @param millis the delay of latency and slow-drip (empty: 5000 and 200)
     * @param status the status of a status fault (empty: 503)
     * @param retryAfter seconds of a Retry-After header, empty for none
     * @throws IllegalArgumentException for an unknown kind or a number that is not one
     */
    public static Fault parse(String kind, String millis, String status, String retryAfter) {
        return io.certdesk.portal.internal.FaultSpec.parse(kind, millis, status, retryAfter);
    }

    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, delay, 0, Optional.empty());
    }

    public static Fault drop() {
        return new Fault(Kind.DROP, Duration.ZERO, 0, Optional.empty());
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, Duration.ZERO, checkStatus(status), Optional.empty());
    }

    public static Fault status(int status, Duration retryAfter) {
        return new Fault(Kind.STATUS, Duration.ZERO, checkStatus(status), Optional.of(retryAfter));
    }

    public static Fault wrongContentType() {
        return new Fault(Kind.WRONG_CONTENT_TYPE, Duration.ZERO, 0, Optional.empty());
    }

    public static Fault truncated() {
        return new Fault(Kind.TRUNCATED, Duration.ZERO, 0, Optional.empty());
    }

    public static Fault slowDrip(Duration betweenChunks) {
        return new Fault(Kind.SLOW_DRIP, betweenChunks, 0, Optional.empty());
    }

    private static int checkStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A status fault is 4xx or 5xx, not " + status); //$NON-NLS-1$
        }
        return status;
    }
}

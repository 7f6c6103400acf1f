package io.certdesk.crypto;

import java.time.Duration;
import java.util.Objects;

import io.certdesk.core.net.ProxySettings;

/**
 * How CA certificates are downloaded from the caIssuers address (AIA) of a certificate: over HTTP(S),
 * through the application's proxy, with timeouts and a size cap. Results are cached by address.
 *
 * @param enabled whether to download at all
 * @param connectTimeout time allowed to connect
 * @param timeout time allowed for the whole exchange, body included
 * @param maxBytes largest accepted response body
 * @param proxy the proxy to use
 */
public record IssuerFetchSettings(boolean enabled, Duration connectTimeout, Duration timeout, int maxBytes,
        ProxySettings proxy) {

    /** Default connect timeout: 5 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default time for a whole download: 10 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default size cap: 64 KiB (a CA certificate is 1-2 KiB, a PKCS#7 bundle a few). */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    public IssuerFetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout"); //$NON-NLS-1$
        Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
        Objects.requireNonNull(proxy, "proxy"); //$NON-NLS-1$
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive"); //$NON-NLS-1$
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The size cap must be positive"); //$NON-NLS-1$
        }
    }

    /** Downloads enabled with the default timeouts and cap, directly or through the given proxy. */
    public static IssuerFetchSettings defaults(ProxySettings proxy) {
        return new IssuerFetchSettings(true, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, proxy);
    }

    /** No downloads. */
    public static IssuerFetchSettings disabled() {
        return new IssuerFetchSettings(false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                ProxySettings.direct());
    }
}

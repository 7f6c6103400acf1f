package io.certdesk.portal.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.certdesk.core.net.ProxySettings;

/**
 * How the download client behaves. Defaults: connect 10 s, response 30 s, overall 60 s per certificate
 * (retries included), 4 downloads in parallel, answers up to 1 MiB, at most 3 attempts, Retry-After
 * honoured up to 30 s, backoff from 1 s, direct connection, no extra CA certificates.
 *
 * @param connectTimeout to open the TCP connection (to the portal or the proxy)
 * @param responseTimeout the longest silence while waiting for or reading the answer
 * @param overallDeadline the longest one certificate may take, retries included
 * @param maxConcurrency downloads in parallel (and pooled connections)
 * @param maxResponseBytes answers larger than this are refused (113)
 * @param maxAttempts attempts per certificate, counting the first; retries only where safe
 * @param retryAfterCap the longest Retry-After wait honoured
 * @param backoff the first backoff delay; it doubles with each retry
 * @param proxy direct, system or manual proxy
 * @param extraCaFiles CA certificates trusted for TLS besides the Java runtime's and the profile's
 *                     (e.g. a TLS-inspecting proxy's CA)
 */
public record ClientSettings(Duration connectTimeout, Duration responseTimeout, Duration overallDeadline,
        int maxConcurrency, long maxResponseBytes, int maxAttempts, Duration retryAfterCap, Duration backoff,
        ProxySettings proxy, List<Path> extraCaFiles) {

    public ClientSettings {
        positive(connectTimeout, "connectTimeout"); //$NON-NLS-1$
        positive(responseTimeout, "responseTimeout"); //$NON-NLS-1$
        positive(overallDeadline, "overallDeadline"); //$NON-NLS-1$
        Objects.requireNonNull(retryAfterCap, "retryAfterCap"); //$NON-NLS-1$
        Objects.requireNonNull(backoff, "backoff"); //$NON-NLS-1$
        Objects.requireNonNull(proxy, "proxy"); //$NON-NLS-1$
        extraCaFiles = List.copyOf(extraCaFiles);
        if (maxConcurrency < 1 || maxConcurrency > 64) {
            throw new IllegalArgumentException("maxConcurrency must be 1-64, not " + maxConcurrency); //$NON-NLS-1$
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1-10, not " + maxAttempts); //$NON-NLS-1$
        }
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, not " + maxResponseBytes); //$NON-NLS-1$
        }
    }

    private static void positive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value); //$NON-NLS-1$
        }
    }

    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 4, 1024 * 1024,
                3, Duration.ofSeconds(30), Duration.ofSeconds(1), ProxySettings.direct(), List.of());
    }

    public ClientSettings withTimeouts(Duration connect, Duration response, Duration overall) {
        return new ClientSettings(connect, response, overall, maxConcurrency, maxResponseBytes, maxAttempts, retryAfterCap,
                backoff, proxy, extraCaFiles);
    }

    public ClientSettings withConcurrency(int concurrency) {
        return new ClientSettings(connectTimeout, responseTimeout, overallDeadline, concurrency, maxResponseBytes,
                maxAttempts, retryAfterCap, backoff, proxy, extraCaFiles);
    }

    public ClientSettings withMaxResponseBytes(long bytes) {
        return new ClientSettings(connectTimeout, responseTimeout, overallDeadline, maxConcurrency, bytes, maxAttempts,
                retryAfterCap, backoff, proxy, extraCaFiles);
    }

    public ClientSettings withRetries(int attempts, Duration retryAfterLimit, Duration firstBackoff) {
        return new ClientSettings(connectTimeout, responseTimeout, overallDeadline, maxConcurrency, maxResponseBytes,
                attempts, retryAfterLimit, firstBackoff, proxy, extraCaFiles);
    }

    public ClientSettings withProxy(ProxySettings newProxy) {
        return new ClientSettings(connectTimeout, responseTimeout, overallDeadline, maxConcurrency, maxResponseBytes,
                maxAttempts, retryAfterCap, backoff, newProxy, extraCaFiles);
    }

    public ClientSettings withExtraCaFiles(List<Path> files) {
        return new ClientSettings(connectTimeout, responseTimeout, overallDeadline, maxConcurrency, maxResponseBytes,
                maxAttempts, retryAfterCap, backoff, proxy, files);
    }
}

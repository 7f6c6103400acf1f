package io.certdesk.portal.client;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.internal.CaCertificates;
import io.certdesk.portal.client.internal.DownloadExchange;
import io.certdesk.portal.client.internal.HttpClientFactory;
import io.certdesk.portal.client.internal.Outcome;
import io.certdesk.core.tls.TrustingTlsContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * Downloads certificates from a portal described by a {@link PortalProfile}. Thread-safe; one instance
 * keeps one connection pool. Every download ends in a {@link DownloadResult} within the overall deadline.
 * Retries happen only where the portal cannot have consumed the download: the connection was refused or
 * timed out while connecting, the portal said "busy", or it answered 429/503 with Retry-After (capped);
 * with exponential backoff and a bounded number of attempts.
 */
public final class PortalClient implements AutoCloseable {

    private final PortalProfile profile;
    private final ClientSettings settings;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService timer;
    private final DownloadExchange exchange;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch cancelLatch = new CountDownLatch(1);
    private final List<char[]> secrets;

    private PortalClient(PortalProfile profile, ClientSettings settings, CloseableHttpClient http,
            ScheduledExecutorService timer, List<char[]> secrets) {
        this.profile = profile;
        this.settings = settings;
        this.http = http;
        this.timer = timer;
        this.secrets = secrets;
        this.exchange = new DownloadExchange(http, profile, timer, settings.maxResponseBytes(),
                !settings.proxy().isDirect(), cancelled);
    }

    /**
     * A client for the portal; reads the CA files of the profile and the settings.
     *
     * @throws PortalClientException 101 when a CA file cannot be read or TLS cannot be set up
     */
    public static PortalClient open(PortalProfile profile, ClientSettings settings) throws PortalClientException {
        Objects.requireNonNull(profile, "profile"); //$NON-NLS-1$
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        List<X509Certificate> extra = new ArrayList<>(CaCertificates.read(profile.tlsCaFiles()));
        extra.addAll(CaCertificates.read(settings.extraCaFiles()));
        SSLContext tls;
        try {
            tls = TrustingTlsContext.create(extra);
        } catch (GeneralSecurityException e) {
            throw new PortalClientException(ErrorCode.COMM_INIT_FAILED, "TLS cannot be set up: " + e.getMessage(), e); //$NON-NLS-1$
        }
        List<char[]> secrets = new ArrayList<>();
        CloseableHttpClient http = HttpClientFactory.create(settings, tls, profile.baseUrl().getHost(), secrets);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "certdesk-download-deadlines"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        return new PortalClient(profile, settings, http, timer, secrets);
    }

    public PortalProfile profile() {
        return profile;
    }

    /**
     * Checks that the portal can be reached as downloads reach it (TLS with the profile's CA files, through the
     * settings' proxy and its credentials): a GET of the base URL within the overall deadline. Any HTTP answer from
     * the portal counts as reached; a proxy that refuses the tunnel, TLS that fails or a host that is not there is a
     * catalogue code. Sends no certificate number or password.
     */
    public ConnectionCheck checkConnection() {
        long start = System.nanoTime();
        java.util.Map.Entry<java.util.Optional<Outcome.Failed>, String> probe = exchange.probe(
                start + settings.overallDeadline().toNanos());
        return new ConnectionCheck(probe.getKey().map(Outcome.Failed::code), probe.getValue(), since(start));
    }

    /** Downloads one certificate. The request's password is not cleared (the caller owns it). */
    public DownloadResult download(DownloadRequest request) {
        Objects.requireNonNull(request, "request"); //$NON-NLS-1$
        long start = System.nanoTime();
        long deadline = start + settings.overallDeadline().toNanos();
        int attempts = 0;
        while (true) {
            if (cancelled.get()) {
                return new DownloadResult.Failure(ErrorCode.CANCELLED, "cancelled", attempts, since(start)); //$NON-NLS-1$
            }
            attempts++;
            Outcome outcome = exchange.attempt(request, deadline);
            if (outcome instanceof Outcome.Delivered delivered) {
                return new DownloadResult.Success(delivered.body(), delivered.fileName(), delivered.firstDownload(), attempts,
                        since(start));
            }
            Outcome.Failed failed = (Outcome.Failed) outcome;
            if (!failed.retryable() || attempts >= settings.maxAttempts()) {
                return new DownloadResult.Failure(failed.code(), failed.detail(), attempts, since(start));
            }
            Duration wait = failed.retryAfter().map(d -> d.compareTo(settings.retryAfterCap()) > 0 ? settings.retryAfterCap() : d)
                    .orElse(settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 10)));
            if (System.nanoTime() + wait.toNanos() - deadline >= 0) {
                return new DownloadResult.Failure(failed.code(), failed.detail() + "; no time left to try again", //$NON-NLS-1$
                        attempts, since(start));
            }
            try {
                if (cancelLatch.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                    return new DownloadResult.Failure(ErrorCode.CANCELLED, "cancelled", attempts, since(start)); //$NON-NLS-1$
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DownloadResult.Failure(ErrorCode.CANCELLED, "interrupted", attempts, since(start)); //$NON-NLS-1$
            }
        }
    }

    /**
     * Downloads all, at most {@link ClientSettings#maxConcurrency()} at a time; the results are in the
     * order of the requests.
     */
    public List<DownloadResult> downloadAll(List<DownloadRequest> requests) {
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrency());
        try {
            List<Future<DownloadResult>> futures = new ArrayList<>();
            for (DownloadRequest request : requests) {
                futures.add(workers.submit(() -> download(request)));
            }
            List<DownloadResult> results = new ArrayList<>();
            for (Future<DownloadResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    results.add(new DownloadResult.Failure(ErrorCode.UNKNOWN, String.valueOf(e.getCause()), 0, Duration.ZERO));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.add(new DownloadResult.Failure(ErrorCode.CANCELLED, "interrupted", 0, Duration.ZERO)); //$NON-NLS-1$
                }
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Cancels every running and waiting download: they end with 990 and write nothing. */
    public void cancel() {
        cancelled.set(true);
        cancelLatch.countDown();
        exchange.abortAll();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            http.close(CloseMode.IMMEDIATE);
        } finally {
            secrets.forEach(s -> Arrays.fill(s, '\0'));
        }
    }

}

package io.certdesk.portal.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.internal.Outcome.Failed;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * One attempt: POST the form, read the answer within the size cap and the overall deadline, interpret
 * it. The deadline and a cancellation abort the request (closing its connection) wherever it is.
 */
public final class DownloadExchange {

    private final CloseableHttpClient client;
    private final PortalProfile profile;
    private final AnswerInterpreter interpreter;
    private final ScheduledExecutorService timer;
    private final long maxBytes;
    private final boolean viaProxy;
    private final Set<HttpPost> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean cancelled;

    public DownloadExchange(CloseableHttpClient client, PortalProfile profile, ScheduledExecutorService timer,
            long maxBytes, boolean viaProxy, AtomicBoolean cancelled) {
        this.client = client;
        this.profile = profile;
        this.interpreter = new AnswerInterpreter(profile);
        this.timer = timer;
        this.maxBytes = maxBytes;
        this.viaProxy = viaProxy;
        this.cancelled = cancelled;
    }

    /** Aborts every request in flight (cancellation). */
    public void abortAll() {
        inFlight.forEach(HttpPost::cancel);
    }

    /** Runs one attempt that must end by {@code deadlineNanos} ({@link System#nanoTime()}). */
    public Outcome attempt(DownloadRequest request, long deadlineNanos) {
        HttpPost post;
        try {
            post = new HttpPost(profile.downloadUrl());
        } catch (IllegalArgumentException e) {
            return Failed.finalFailure(ErrorCode.COMM_REQUEST_NOT_CREATED, FailureClassifier.detail(e));
        }
        byte[] form = request.secret().apply(password -> new FormEncoder()
                .add(profile.groupField(), request.groupId().toCharArray())
                .add(profile.numberField(), request.certificateNumber().toCharArray())
                .add(profile.passwordField(), password).toBytes());
        post.setEntity(new ByteArrayEntity(form, ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8)));
        post.setHeader("Accept", profile.contentType() + ", text/html;q=0.5, */*;q=0.1"); //$NON-NLS-1$ //$NON-NLS-2$
        AtomicBoolean deadlineHit = new AtomicBoolean();
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return Failed.finalFailure(ErrorCode.COMM_DEADLINE_EXCEEDED, "no time left for another attempt"); //$NON-NLS-1$
        }
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            deadlineHit.set(true);
            post.cancel();
        }, remaining, TimeUnit.NANOSECONDS);
        inFlight.add(post);
        try {
            if (cancelled.get()) {
                return Failed.finalFailure(ErrorCode.CANCELLED, "cancelled"); //$NON-NLS-1$
            }
            return exchange(post, deadlineNanos, deadlineHit);
        } finally {
            watchdog.cancel(false);
            inFlight.remove(post);
            Arrays.fill(form, (byte) 0);
        }
    }

    /**
     * A GET of the base URL that must end by {@code deadlineNanos}: empty when the portal answered (any status; the
     * detail names it), else why not (the same codes as a download).
     */
    public java.util.Map.Entry<java.util.Optional<Failed>, String> probe(long deadlineNanos) {
        HttpGet get;
        try {
            get = new HttpGet(profile.baseUrl());
        } catch (IllegalArgumentException e) {
            return failed(Failed.finalFailure(ErrorCode.COMM_REQUEST_NOT_CREATED, FailureClassifier.detail(e)));
        }
        AtomicBoolean deadlineHit = new AtomicBoolean();
        long remaining = deadlineNanos - System.nanoTime();
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            deadlineHit.set(true);
            get.cancel();
        }, Math.max(remaining, 1), TimeUnit.NANOSECONDS);
        HttpClientContext context = HttpClientContext.create();
        try (ClassicHttpResponse response = client.executeOpen(null, get, context)) {
            int status = response.getCode();
            if (viaProxy && context.getSSLSession() == null && "https".equalsIgnoreCase(profile.baseUrl().getScheme())) { //$NON-NLS-1$
                return failed(status == 407 || status == 401
                        ? Failed.finalFailure(ErrorCode.COMM_PROXY_AUTH_FAILED, "the proxy refused the credentials: HTTP " + status) //$NON-NLS-1$
                        : Failed.finalFailure(ErrorCode.COMM_PROXY_FAILED, "the proxy refused the tunnel: HTTP " + status)); //$NON-NLS-1$
            }
            return java.util.Map.entry(java.util.Optional.empty(), "HTTP " + status); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            return failed(deadlineHit.get()
                    ? Failed.finalFailure(ErrorCode.COMM_DEADLINE_EXCEEDED, "no answer within the overall deadline") //$NON-NLS-1$
                    : FailureClassifier.beforeAnswer(e, viaProxy));
        } finally {
            watchdog.cancel(false);
        }
    }

    private static java.util.Map.Entry<java.util.Optional<Failed>, String> failed(Failed failed) {
        return java.util.Map.entry(java.util.Optional.of(failed), failed.detail());
    }

    private Outcome exchange(HttpPost post, long deadlineNanos, AtomicBoolean deadlineHit) {
        ClassicHttpResponse response;
        HttpClientContext context = HttpClientContext.create();
        try {
            response = client.executeOpen(null, post, context);
        } catch (IOException | RuntimeException e) {
            return stopped(deadlineHit).orElseGet(() -> FailureClassifier.beforeAnswer(e, viaProxy));
        }
        try {
            if (viaProxy && context.getSSLSession() == null) {
                // no TLS session with the portal: the answer is the proxy's refusal of the CONNECT tunnel
                int status = response.getCode();
                return status == 407 || status == 401
                        ? Failed.finalFailure(ErrorCode.COMM_PROXY_AUTH_FAILED, "the proxy refused the credentials: HTTP " + status) //$NON-NLS-1$
                        : Failed.finalFailure(ErrorCode.COMM_PROXY_FAILED, "the proxy refused the tunnel: HTTP " + status); //$NON-NLS-1$
            }
            HttpEntity entity = response.getEntity();
            byte[] body;
            if (entity == null) {
                body = new byte[0];
            } else {
                if (entity.getContentLength() > maxBytes) {
                    return Failed.finalFailure(ErrorCode.COMM_TOO_LARGE,
                            "the answer announces " + entity.getContentLength() + " bytes, the limit is " + maxBytes); //$NON-NLS-1$ //$NON-NLS-2$
                }
                try (InputStream in = entity.getContent()) {
                    body = read(in, deadlineNanos);
                } catch (TooLarge e) {
                    return Failed.finalFailure(ErrorCode.COMM_TOO_LARGE, "the answer exceeds " + maxBytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
                } catch (DeadlinePassed e) {
                    return Failed.finalFailure(ErrorCode.COMM_DEADLINE_EXCEEDED, "the answer arrived too slowly"); //$NON-NLS-1$
                } catch (IOException | RuntimeException e) {
                    return stopped(deadlineHit).orElseGet(() -> FailureClassifier.whileReading(e));
                }
            }
            return interpreter.interpret(response.getCode(), header(response, "Content-Type"), body, //$NON-NLS-1$
                    header(response, "Retry-After"), header(response, "Content-Disposition"), //$NON-NLS-1$ //$NON-NLS-2$
                    profile.firstDownloadHeader().map(h -> header(response, h)).orElse(null));
        } finally {
            closeQuietly(response);
        }
    }

    /** The outcome is decided before closing; a connection that breaks while closing changes nothing. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection is discarded either way
        }
    }

    private java.util.Optional<Outcome> stopped(AtomicBoolean deadlineHit) {
        if (cancelled.get()) {
            return java.util.Optional.of(Failed.finalFailure(ErrorCode.CANCELLED, "cancelled")); //$NON-NLS-1$
        }
        if (deadlineHit.get()) {
            return java.util.Optional.of(Failed.finalFailure(ErrorCode.COMM_DEADLINE_EXCEEDED,
                    "the overall deadline passed before the download finished")); //$NON-NLS-1$
        }
        return java.util.Optional.empty();
    }

    private byte[] read(InputStream in, long deadlineNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new TooLarge();
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new DeadlinePassed();
            }
        }
        return out.toByteArray();
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header != null ? header.getValue() : null;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class DeadlinePassed extends IOException {
        private static final long serialVersionUID = 1L;
    }
}

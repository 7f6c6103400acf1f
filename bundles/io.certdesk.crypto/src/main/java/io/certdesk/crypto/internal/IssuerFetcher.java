package io.certdesk.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.certdesk.crypto.IssuerFetchSettings;
import io.certdesk.core.net.ProxySettings;
import org.eclipse.osgi.util.NLS;

/**
 * Downloads CA certificates from caIssuers (AIA) addresses over HTTP or HTTPS, only to the hosts the settings
 * allow: through the application's proxy, with a connect timeout, one deadline for the whole exchange and a size
 * cap. A redirect is followed only to the same scheme, host and port (at most {@value #MAX_REDIRECTS}); any other
 * is refused without connecting. DER, PEM and PKCS#7 ("certs-only") answers are understood. Successful answers
 * are cached by address for the life of the engine (the allowed hosts are checked before the cache).
 */
final class IssuerFetcher {

    /** Addresses kept in the cache before it is emptied. */
    static final int CACHE_SIZE = 256;
    /** Same-origin redirects followed for one download. */
    static final int MAX_REDIRECTS = 3;

    private final Provider provider;
    private final Map<URI, List<X509Certificate>> cache = new ConcurrentHashMap<>();

    IssuerFetcher(Provider provider) {
        this.provider = provider;
    }

    /** The certificates at the address; cached after the first success. */
    List<X509Certificate> fetch(URI uri, IssuerFetchSettings settings) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException(NLS.bind(Messages.fetchSchemeUnsupported, scheme));
        }
        if (uri.getRawUserInfo() != null || !settings.allows(uri)) {
            throw new IOException(NLS.bind(Messages.fetchHostNotAllowed, uri.getHost()));
        }
        List<X509Certificate> cached = cache.get(uri);
        if (cached != null) {
            return cached;
        }
        byte[] body = download(uri, settings);
        List<X509Certificate> certificates = parse(body);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(uri, certificates);
        return certificates;
    }

    private byte[] download(URI uri, IssuerFetchSettings settings) throws IOException {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySettings proxy = settings.proxy();
        switch (proxy.mode()) {
            case DIRECT -> builder.proxy(HttpClient.Builder.NO_PROXY);
            case SYSTEM -> {
                ProxySelector system = ProxySelector.getDefault();
                builder.proxy(system != null ? system : HttpClient.Builder.NO_PROXY);
            }
            case MANUAL -> builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host().orElseThrow(), proxy.port())));
        }
        if (!proxy.isDirect() && proxy.user().isPresent()) {
            builder.authenticator(new ProxyAuthenticator(proxy));
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpClient client = builder.build();
        try {
            URI target = uri;
            for (int redirects = 0;; redirects++) {
                HttpResponse<byte[]> response = exchange(client, target, settings, deadline);
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status < 300 || status > 399 || status == 304) {
                    throw new IOException(NLS.bind(Messages.fetchStatus, Integer.valueOf(status)));
                }
                target = redirectTarget(target, response, redirects);
            }
        } finally {
            client.shutdownNow();
        }
    }

    /** The same-origin target of a redirect, or an exception naming where it wanted to go. */
    private static URI redirectTarget(URI from, HttpResponse<byte[]> response, int redirects) throws IOException {
        String location = response.headers().firstValue("Location").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        URI to;
        try {
            to = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(NLS.bind(Messages.fetchRedirectRefused, location), e);
        }
        boolean sameOrigin = from.getScheme().equalsIgnoreCase(String.valueOf(to.getScheme()))
                && from.getHost().equalsIgnoreCase(String.valueOf(to.getHost())) && port(from) == port(to)
                && to.getRawUserInfo() == null;
        if (location.isBlank() || !sameOrigin) {
            throw new IOException(NLS.bind(Messages.fetchRedirectRefused, location));
        }
        if (redirects >= MAX_REDIRECTS) {
            throw new IOException(NLS.bind(Messages.fetchTooManyRedirects, Integer.valueOf(MAX_REDIRECTS)));
        }
        return to;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80; //$NON-NLS-1$
    }

    private static HttpResponse<byte[]> exchange(HttpClient client, URI target, IssuerFetchSettings settings,
            long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IOException(NLS.bind(Messages.fetchTimeout, settings.timeout().toMillis() + " ms")); //$NON-NLS-1$
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(java.time.Duration.ofNanos(left)).GET()
                .header("Accept", "application/pkix-cert, application/pkcs7-mime, */*").build(); //$NON-NLS-1$ //$NON-NLS-2$
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> new CappedBodySubscriber(info, settings.maxBytes()));
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException(NLS.bind(Messages.fetchTimeout, settings.timeout().toMillis() + " ms"), e); //$NON-NLS-1$
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io
                    : new IOException(NLS.bind(Messages.fetchFailed, String.valueOf(cause)), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException(NLS.bind(Messages.fetchFailed, "interrupted"), e); //$NON-NLS-1$
        }
    }

    private List<X509Certificate> parse(byte[] body) throws IOException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", provider); //$NON-NLS-1$
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(body))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IOException(Messages.fetchNoCertificate);
            }
            return List.copyOf(certificates);
        } catch (CertificateException | RuntimeException e) {
            throw new IOException(Messages.fetchNoCertificate, e);
        }
    }

    /** Answers only the proxy's authentication requests, with a fresh copy of the password each time. */
    private static final class ProxyAuthenticator extends Authenticator {
        private final ProxySettings proxy;

        ProxyAuthenticator(ProxySettings proxy) {
            this.proxy = proxy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            // PasswordAuthentication keeps its own copy; the one handed to it here is wiped by apply.
            return proxy.password().apply(password -> new PasswordAuthentication(proxy.user().orElseThrow(), password));
        }
    }
}

package io.certdesk.crypto;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.certdesk.core.net.ProxySettings;

/**
 * How CA certificates are downloaded from the caIssuers address (AIA) of a certificate: only when the chain needs
 * it, only over HTTP(S) to the hosts the administrator allowed (the issuing service's repository), never following
 * a redirect to another scheme, host or port, through the application's proxy, with timeouts and a size cap.
 * Results are cached by address.
 *
 * @param enabled whether to download at all
 * @param allowedHosts the hosts downloads may go to: {@code host} (the scheme's default port) or {@code host:port},
 *        lower case; an address on any other host is refused without connecting
 * @param connectTimeout time allowed to connect
 * @param timeout time allowed for the whole exchange, body and same-host redirects included
 * @param maxBytes largest accepted response body
 * @param proxy the proxy to use
 */
public record IssuerFetchSettings(boolean enabled, Set<String> allowedHosts, Duration connectTimeout, Duration timeout,
        int maxBytes, ProxySettings proxy) {

    /** Default connect timeout: 5 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default time for a whole download: 10 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default size cap: 64 KiB (a CA certificate is 1-2 KiB, a PKCS#7 bundle a few). */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    public IssuerFetchSettings {
        allowedHosts = hosts(Objects.requireNonNull(allowedHosts, "allowedHosts")); //$NON-NLS-1$
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

    /** Downloads from these hosts only, with the default timeouts and cap, directly or through the given proxy. */
    public static IssuerFetchSettings allowing(Collection<String> hosts, ProxySettings proxy) {
        return new IssuerFetchSettings(true, Set.copyOf(hosts), DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
                DEFAULT_MAX_BYTES, proxy);
    }

    /** No downloads. */
    public static IssuerFetchSettings disabled() {
        return new IssuerFetchSettings(false, Set.of(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                ProxySettings.direct());
    }

    /** Whether an http or https address is on an allowed host (and port). */
    public boolean allows(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80; //$NON-NLS-1$
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80); //$NON-NLS-1$
        return defaultPort && allowedHosts.contains(host) || allowedHosts.contains(host + ':' + port);
    }

    /**
     * A host entry as an administrator writes it: a host name or IP address, optionally with {@code :port};
     * lower-cased. IPv6 addresses go in brackets ({@code [::1]:8080}).
     *
     * @throws IllegalArgumentException when it is not a host (a URL, a path, spaces...)
     */
    public static String host(String entry) {
        String text = Objects.requireNonNull(entry, "entry").strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        URI uri;
        try {
            uri = new URI("http://" + text + '/'); //$NON-NLS-1$
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a host name or host:port: '" + entry + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (text.isEmpty() || uri.getHost() == null || uri.getUserInfo() != null || !("/".equals(uri.getPath())) //$NON-NLS-1$
                || uri.getQuery() != null || uri.getFragment() != null || text.contains("/")) { //$NON-NLS-1$
            throw new IllegalArgumentException("Not a host name or host:port: '" + entry + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return uri.getPort() >= 0 ? uri.getHost() + ':' + uri.getPort() : uri.getHost();
    }

    private static Set<String> hosts(Collection<String> entries) {
        Set<String> hosts = new LinkedHashSet<>();
        entries.forEach(e -> hosts.add(host(e)));
        return Set.copyOf(hosts);
    }
}

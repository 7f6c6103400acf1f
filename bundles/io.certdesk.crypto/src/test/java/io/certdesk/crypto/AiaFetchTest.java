package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AIA fetching cannot be used as a network probe: real HTTP servers on loopback (the JDK's
 * {@code com.sun.net.httpserver}) count every request, and a small forwarding proxy counts what passes through
 * it. Only allowed hosts (and ports) are contacted, redirects to another host, port or scheme are refused,
 * oversize and slow answers are cut off, the configured proxy is used, and nothing is fetched when the chain
 * already reaches an anchor.
 */
class AiaFetchTest {

    private final Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
    private final TestPki pki = TestPki.shared();
    private final byte[] issuingDer = der(pki.issuing);
    private HttpServer origin;
    private HttpServer other;
    private final AtomicInteger originHits = new AtomicInteger();
    private final AtomicInteger otherHits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        origin = server();
        other = server();
    }

    @AfterEach
    void stop() {
        origin.stop(0);
        other.stop(0);
    }

    private static HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A counted handler at the path. */
    private void handle(HttpServer server, AtomicInteger hits, String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hits.incrementAndGet();
            handler.handle(exchange);
        });
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up
        }
    }

    private static String hostPort(HttpServer server) {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private Pkcs12Contents leafWithAia(String aia) {
        X509Certificate leaf = TestPki.leaf(TestPki.LEAF_NAME, pki.leafKey.getPublic(), TestPki.ISSUING_NAME,
                pki.issuingKey.getPrivate(), Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS),
                aia);
        return new Pkcs12Contents("EndUser.p12", pki.leafKey.getPrivate(), leaf, List.of(), Optional.empty(), List.of());
    }

    private static TrustSettings trust(TestPki pki, IssuerFetchSettings fetch) {
        return TrustSettings.builder().trusted(List.of(pki.root)).fetch(fetch).build();
    }

    private static IssuerFetchSettings allowing(Set<String> hosts, Duration timeout, int maxBytes, ProxySettings proxy) {
        return new IssuerFetchSettings(true, hosts, Duration.ofSeconds(2), timeout, maxBytes, proxy);
    }

    private IssuerFetchSettings allowingOrigin() {
        return allowing(Set.of(hostPort(origin)), Duration.ofSeconds(5), 64 * 1024, ProxySettings.direct());
    }

    @Test
    void anAllowedHostServesTheIssuer() {
        handle(origin, originHits, "/issuing.cer", e -> answer(e, issuingDer));
        CertificateChain chain = engine.completeChain(leafWithAia("http://" + hostPort(origin) + "/issuing.cer"),
                trust(pki, allowingOrigin()));
        assertTrue(chain.complete(), chain.problems().toString());
        assertEquals(1, originHits.get());
    }

    @Test
    void otherHostsPortsAndSchemesAreNeverContacted() {
        handle(other, otherHits, "/issuing.cer", e -> answer(e, issuingDer));
        for (String aia : List.of("http://" + hostPort(other) + "/issuing.cer",
                "http://localhost:" + other.getAddress().getPort() + "/issuing.cer",
                "ftp://" + hostPort(origin) + "/issuing.cer", "file:///etc/passwd",
                "ldap://" + hostPort(origin) + "/cn=ca")) {
            CertificateChain chain = engine.completeChain(leafWithAia(aia), trust(pki, allowingOrigin()));
            assertFalse(chain.complete(), aia);
            assertTrue(chain.problems().stream().anyMatch(p -> p.contains("not allowed") || p.contains("not downloaded")
                    || p.contains("found neither")), aia + " " + chain.problems());
        }
        // the host without a port allows only the scheme's default port
        IssuerFetchSettings hostOnly = allowing(Set.of("127.0.0.1"), Duration.ofSeconds(5), 64 * 1024, ProxySettings.direct());
        CertificateChain chain = engine.completeChain(leafWithAia("http://" + hostPort(other) + "/issuing.cer"),
                trust(pki, hostOnly));
        assertFalse(chain.complete());
        assertEquals(0, otherHits.get(), "no request reached a host that was not allowed");
        assertEquals(0, originHits.get());
    }

    @Test
    void redirectsToAnotherHostPortOrSchemeAreRefused() {
        handle(other, otherHits, "/issuing.cer", e -> answer(e, issuingDer));
        handle(origin, originHits, "/away", e -> redirect(e, "http://" + hostPort(other) + "/issuing.cer"));
        handle(origin, originHits, "/scheme", e -> redirect(e, "https://" + hostPort(origin) + "/issuing.cer"));
        handle(origin, originHits, "/here", e -> redirect(e, "/issuing.cer"));
        handle(origin, originHits, "/issuing.cer", e -> answer(e, issuingDer));
        IssuerFetchSettings both = allowing(Set.of(hostPort(origin), hostPort(other)), Duration.ofSeconds(5), 64 * 1024,
                ProxySettings.direct());
        for (String path : List.of("/away", "/scheme")) {
            CertificateChain chain = engine.completeChain(leafWithAia("http://" + hostPort(origin) + path), trust(pki, both));
            assertFalse(chain.complete(), path);
            assertTrue(chain.problems().get(0).contains("redirected"), chain.problems().toString());
        }
        assertEquals(0, otherHits.get(), "not even an allowed other host is reached by a redirect");
        CertificateChain same = engine.completeChain(leafWithAia("http://" + hostPort(origin) + "/here"), trust(pki, both));
        assertTrue(same.complete(), "a redirect on the same host, port and scheme is followed: " + same.problems());
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @Test
    void oversizeAnswersAreCutOffAnnouncedOrNot() {
        byte[] big = new byte[300_000];
        handle(origin, originHits, "/announced", e -> answer(e, big));
        handle(origin, originHits, "/chunked", e -> {
            e.sendResponseHeaders(200, 0); // chunked: no Content-Length
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 300; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException closed) {
                // the client stopped reading
            }
        });
        IssuerFetchSettings small = allowing(Set.of(hostPort(origin)), Duration.ofSeconds(5), 16 * 1024, ProxySettings.direct());
        for (String path : List.of("/announced", "/chunked")) {
            CertificateChain chain = engine.completeChain(leafWithAia("http://" + hostPort(origin) + path), trust(pki, small));
            assertFalse(chain.complete());
            assertTrue(chain.problems().get(0).contains("16384"), path + " " + chain.problems());
        }
    }

    @Test
    void slowAnswersAreCutOffAtTheDeadline() {
        handle(origin, originHits, "/drip", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(issuingDer[i]);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException closed) {
                // the client gave up
            }
        });
        handle(origin, originHits, "/silent", e -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            }
            answer(e, issuingDer);
        });
        IssuerFetchSettings quick = allowing(Set.of(hostPort(origin)), Duration.ofMillis(700), 64 * 1024, ProxySettings.direct());
        for (String path : List.of("/drip", "/silent")) {
            long start = System.nanoTime();
            CertificateChain chain = engine.completeChain(leafWithAia("http://" + hostPort(origin) + path), trust(pki, quick));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertFalse(chain.complete(), path);
            assertTrue(millis < 2_500, path + " took " + millis + " ms");
            assertTrue(chain.problems().get(0).contains("700 ms"), chain.problems().toString());
        }
    }

    @Test
    void downloadsGoThroughTheConfiguredProxyAndOnlyThere() throws IOException {
        handle(origin, originHits, "/issuing.cer", e -> answer(e, issuingDer));
        AtomicInteger proxied = new AtomicInteger();
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try (HttpClient forward = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()) {
            proxy.createContext("/", exchange -> {
                // a forward proxy gets the absolute address and fetches it itself
                URI target = exchange.getRequestURI();
                proxied.incrementAndGet();
                try {
                    HttpResponse<byte[]> response = forward.send(HttpRequest.newBuilder(target).header("Via", "1.1 test-proxy")
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    answer(exchange, response.body());
                } catch (InterruptedException | IllegalArgumentException e) {
                    exchange.sendResponseHeaders(502, -1);
                    exchange.close();
                }
            });
            proxy.start();
            String aia = "http://" + hostPort(origin) + "/issuing.cer";
            IssuerFetchSettings viaProxy = allowing(Set.of(hostPort(origin)), Duration.ofSeconds(5), 64 * 1024,
                    ProxySettings.manual("127.0.0.1", proxy.getAddress().getPort()));
            CertificateChain chain = Pkcs12Engines.create(TestPki.BC).completeChain(leafWithAia(aia), trust(pki, viaProxy));
            assertTrue(chain.complete(), chain.problems().toString());
            assertEquals(1, proxied.get(), "the download went through the proxy");
            assertEquals(1, originHits.get(), "and the proxy fetched it");

            CertificateChain direct = Pkcs12Engines.create(TestPki.BC).completeChain(leafWithAia(aia), trust(pki, allowingOrigin()));
            assertTrue(direct.complete(), direct.problems().toString());
            assertEquals(1, proxied.get(), "direct settings bypass the proxy");
            assertEquals(2, originHits.get());
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void nothingIsFetchedWhenTheChainAlreadyReachesAnAnchor() {
        handle(origin, originHits, "/issuing.cer", e -> answer(e, issuingDer));
        Pkcs12Contents withAia = leafWithAia("http://" + hostPort(origin) + "/issuing.cer");
        Pkcs12Contents complete = new Pkcs12Contents("EndUser.p12", pki.leafKey.getPrivate(), withAia.certificate(),
                List.of(pki.issuing, pki.root), Optional.empty(), List.of());
        assertTrue(engine.completeChain(complete, trust(pki, allowingOrigin())).complete());
        TrustSettings issuingTrusted = TrustSettings.builder().trusted(List.of(pki.issuing)).fetch(allowingOrigin()).build();
        CertificateChain toIssuing = engine.completeChain(withAia, issuingTrusted);
        assertTrue(toIssuing.complete());
        assertTrue(engine.verify(toIssuing, issuingTrusted, Instant.now()).trusted());
        TrustSettings pinned = TrustSettings.builder().pinnedRoot(Fingerprints.sha1(pki.root)).fetch(allowingOrigin()).build();
        assertTrue(engine.verify(engine.completeChain(complete, pinned), pinned, Instant.now()).trusted());
        assertEquals(0, originHits.get(), "no download: the chain did not need one");
    }
}

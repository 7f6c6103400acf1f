package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ChainVerdict.CheckKind;
import io.certdesk.crypto.ChainVerdict.Status;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chain completion from the file, the trusted CA certificates and AIA downloads served by a real HTTP
 * server on loopback (also acting as the proxy), and the verdict of PKIX validation with pins.
 */
class ChainTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private volatile byte[] body;
    private volatile long delayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            lastRequest.set(exchange.getRequestURI().toString());
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-cert");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client gave up (size cap or timeout)
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Pkcs12Contents contents(TestPki pki, List<java.security.cert.X509Certificate> cas) {
        return new Pkcs12Contents("EndUser.p12", pki.leafKey.getPrivate(), pki.leaf, cas, Optional.empty(), List.of());
    }

    private IssuerFetchSettings fetch(Duration timeout, int maxBytes, ProxySettings proxy) {
        return new IssuerFetchSettings(true, java.util.Set.of("127.0.0.1:" + server.getAddress().getPort(),
                "ca.example.invalid"), Duration.ofSeconds(2), timeout, maxBytes, proxy);
    }

    @Test
    void chainIsCompletedFromTheFileInOrder() {
        TestPki pki = TestPki.shared();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        CertificateChain chain = engine.completeChain(contents(pki, List.of(pki.root, pki.issuing)), TrustSettings.none());
        assertTrue(chain.complete());
        assertFalse(engine.verify(chain, TrustSettings.none(), Instant.now()).passed(), "a complete chain is not trust");
        assertEquals(pki.chain(), chain.certificates());
        assertEquals(List.of(ChainSource.FILE, ChainSource.FILE, ChainSource.FILE), chain.sources());
    }

    @Test
    void missingIntermediateIsFetchedFromAiaAndCached() throws Exception {
        TestPki pki = TestPki.create(url("/issuing.cer"));
        body = pki.issuing.getEncoded().clone();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root))
                .fetch(fetch(Duration.ofSeconds(5), 64 * 1024, ProxySettings.direct())).build();
        CertificateChain chain = engine.completeChain(contents(pki, List.of()), trust);
        assertTrue(chain.complete(), chain.problems().toString());
        assertEquals(List.of(ChainSource.FILE, ChainSource.FETCHED, ChainSource.TRUSTED), chain.sources());
        ChainVerdict verdict = engine.verify(chain, trust, Instant.now());
        assertTrue(verdict.passed(), verdict.toString());
        assertEquals(Status.PASSED, verdict.check(CheckKind.TRUST_ANCHOR).status());
        assertEquals(Status.PASSED, verdict.check(CheckKind.PATH_VALIDATION).status());
        engine.completeChain(contents(pki, List.of()), trust);
        assertEquals(1, hits.get(), "the second chain came from the cache");
    }

    @Test
    void downloadsGoThroughTheConfiguredProxy() throws Exception {
        TestPki pki = TestPki.create("http://ca.example.invalid/issuing.cer");
        body = pki.issuing.getEncoded().clone();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root)).fetch(fetch(Duration.ofSeconds(5),
                64 * 1024, ProxySettings.manual("127.0.0.1", server.getAddress().getPort()))).build();
        CertificateChain chain = engine.completeChain(contents(pki, List.of()), trust);
        assertTrue(chain.complete(), chain.problems().toString());
        assertEquals("http://ca.example.invalid/issuing.cer", lastRequest.get(), "absolute URI: a proxy request");
    }

    @Test
    void systemModeUsesTheDefaultProxySelector() throws Exception {
        TestPki pki = TestPki.create("http://ca.example.invalid/issuing.cer");
        body = pki.issuing.getEncoded().clone();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root))
                .fetch(fetch(Duration.ofSeconds(5), 64 * 1024, ProxySettings.system())).build();
        java.net.ProxySelector previous = java.net.ProxySelector.getDefault();
        java.net.ProxySelector.setDefault(java.net.ProxySelector.of(server.getAddress()));
        try {
            CertificateChain chain = engine.completeChain(contents(pki, List.of()), trust);
            assertTrue(chain.complete(), chain.problems().toString());
            assertEquals("http://ca.example.invalid/issuing.cer", lastRequest.get(), "absolute URI: a proxy request");
        } finally {
            java.net.ProxySelector.setDefault(previous);
        }
    }

    @Test
    void oversizedAnswerIsRefused() {
        TestPki pki = TestPki.create(url("/big.cer"));
        body = new byte[200_000];
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root))
                .fetch(fetch(Duration.ofSeconds(5), 64 * 1024, ProxySettings.direct())).build();
        CertificateChain chain = engine.completeChain(contents(pki, List.of()), trust);
        assertFalse(chain.complete());
        assertTrue(chain.problems().get(0).contains("65536"), chain.problems().toString());
        ChainVerdict verdict = engine.verify(chain, trust, Instant.now());
        assertEquals(Status.FAILED, verdict.check(CheckKind.CHAIN_COMPLETE).status());
        assertFalse(verdict.passed());
    }

    @Test
    void slowServerTimesOut() throws Exception {
        TestPki pki = TestPki.create(url("/slow.cer"));
        body = pki.issuing.getEncoded().clone();
        delayMillis = 3_000;
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root))
                .fetch(fetch(Duration.ofMillis(300), 64 * 1024, ProxySettings.direct())).build();
        long start = System.nanoTime();
        CertificateChain chain = engine.completeChain(contents(pki, List.of()), trust);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000);
        assertFalse(chain.complete());
        assertTrue(chain.problems().get(0).contains(URI.create(url("/slow.cer")).toString()), chain.problems().toString());
    }

    @Test
    void untrustedRootFailsTheVerdict() {
        TestPki pki = TestPki.shared();
        TestPki other = TestPki.create(null);
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(other.root)).build();
        ChainVerdict verdict = engine.verify(engine.completeChain(contents(pki, List.of(pki.issuing, pki.root)), trust),
                trust, Instant.now());
        assertFalse(verdict.passed());
        assertEquals(Status.FAILED, verdict.check(CheckKind.TRUST_ANCHOR).status());
        assertEquals(Status.FAILED, verdict.check(CheckKind.PATH_VALIDATION).status());
    }

    @Test
    void pinsOnRootAndIssuerAreChecked() {
        TestPki pki = TestPki.shared();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        CertificateChain chain = engine.completeChain(contents(pki, List.of(pki.issuing, pki.root)), TrustSettings.none());
        TrustSettings pinned = TrustSettings.builder().pinnedRoot(Fingerprints.grouped(Fingerprints.sha256(pki.root)))
                .expectedIssuer(pki.issuing.getSubjectX500Principal()).build();
        ChainVerdict good = engine.verify(chain, pinned, Instant.now());
        assertTrue(good.passed(), good.toString());
        assertEquals(Status.PASSED, good.check(CheckKind.ROOT_PIN).status());
        assertTrue(good.check(CheckKind.ROOT_PIN).detail().contains(Fingerprints.grouped(Fingerprints.sha1(pki.root))));
        assertEquals(Status.PASSED, good.check(CheckKind.TRUST_ANCHOR).status(), "a pinned root is an anchor");

        TrustSettings wrong = TrustSettings.builder().pinnedRoot("00".repeat(32))
                .expectedIssuer(new javax.security.auth.x500.X500Principal("CN=Somebody Else")).build();
        ChainVerdict bad = engine.verify(chain, wrong, Instant.now());
        assertFalse(bad.passed());
        assertEquals(Status.FAILED, bad.check(CheckKind.ROOT_PIN).status());
        assertEquals(Status.FAILED, bad.check(CheckKind.ISSUER_NAME).status());
    }

    @Test
    void validityIsJudgedAtTheGivenInstant() {
        TestPki pki = TestPki.shared();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root)).build();
        CertificateChain chain = engine.completeChain(contents(pki, List.of(pki.issuing)), trust);
        ChainVerdict now = engine.verify(chain, trust, Instant.now());
        assertTrue(now.passed(), now.toString());
        ChainVerdict later = engine.verify(chain, trust, Instant.now().plus(Duration.ofDays(400)));
        assertEquals(Status.FAILED, later.check(CheckKind.VALIDITY).status());
        assertEquals(Status.FAILED, later.check(CheckKind.PATH_VALIDATION).status());
        assertEquals(Status.SKIPPED, now.check(CheckKind.REVOCATION).status());
    }

    @Test
    void withoutAnyAnchorTheChainIsNotVerified() {
        TestPki pki = TestPki.shared();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        ChainVerdict verdict = engine.verify(engine.completeChain(contents(pki, List.of(pki.issuing, pki.root)),
                TrustSettings.none()), TrustSettings.none(), Instant.now());
        assertFalse(verdict.passed(), "the file's own root is not an anchor");
        assertFalse(verdict.trusted());
        assertEquals(Status.FAILED, verdict.check(CheckKind.TRUST_ANCHOR).status());
        assertTrue(verdict.check(CheckKind.TRUST_ANCHOR).detail().startsWith("not verified: no trust anchor"));
        assertEquals(Status.FAILED, verdict.check(CheckKind.PATH_VALIDATION).status());
        assertEquals(Optional.of(io.certdesk.core.errors.ErrorCode.P12_NO_TRUST_ANCHOR), verdict.failureCode());
    }
}

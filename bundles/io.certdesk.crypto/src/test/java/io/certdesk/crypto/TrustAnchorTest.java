package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.x500.X500Principal;

import com.sun.net.httpserver.HttpServer;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ChainVerdict.CheckKind;
import io.certdesk.crypto.ChainVerdict.Status;
import io.certdesk.crypto.testing.Pem;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust is never optional: a chain passes only when it ends at an anchor the administrator chose (a trusted CA
 * certificate or a pinned SHA-1/SHA-256 root fingerprint). A forged root that copies the real root's name (made
 * here with Bouncy Castle: same subject, its own key), the file's own root, a root fetched over AIA, or a matching
 * root or issuer name alone never make a chain pass.
 */
class TrustAnchorTest {

    private static final char[] PASSWORD = "Portal-Password-1".toCharArray();
    private static final char[] NEW = "New-Password-123".toCharArray();

    private final Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);

    @TempDir
    Path dir;

    /** A PKI whose root and issuing CA copy the real ones' names, each with its own key. */
    private record Forged(X509Certificate root, X509Certificate issuing, X509Certificate leaf, KeyPair leafKey) {
        static Forged copying(TestPki real) {
            KeyPair rootKey = TestPki.rsa();
            KeyPair issuingKey = TestPki.rsa();
            KeyPair leafKey = TestPki.rsa();
            Instant now = Instant.now();
            X509Certificate root = TestPki.ca(TestPki.ROOT_NAME, rootKey, TestPki.ROOT_NAME, rootKey.getPrivate(),
                    now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
            X509Certificate issuing = TestPki.ca(TestPki.ISSUING_NAME, issuingKey, TestPki.ROOT_NAME, rootKey.getPrivate(),
                    now.minus(1, ChronoUnit.DAYS), now.plus(3000, ChronoUnit.DAYS));
            X509Certificate leaf = TestPki.leaf(TestPki.LEAF_NAME, leafKey.getPublic(), TestPki.ISSUING_NAME,
                    issuingKey.getPrivate(), now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS), null);
            assertEquals(real.root.getSubjectX500Principal(), root.getSubjectX500Principal(), "same name");
            assertFalse(real.root.getPublicKey().equals(root.getPublicKey()), "different key");
            return new Forged(root, issuing, leaf, leafKey);
        }

        Pkcs12Contents contents() {
            return new Pkcs12Contents("Forged.p12", leafKey.getPrivate(), leaf, List.of(issuing, root), Optional.empty(),
                    List.of());
        }
    }

    private static Pkcs12Contents real(TestPki pki, List<X509Certificate> cas) {
        return new Pkcs12Contents("EndUser.p12", pki.leafKey.getPrivate(), pki.leaf, cas, Optional.empty(), List.of());
    }

    private ChainVerdict verdict(Pkcs12Contents contents, TrustSettings trust) {
        return engine.verify(engine.completeChain(contents, trust), trust, Instant.now());
    }

    @Test
    void aForgedRootThatCopiesTheRealRootsNameNeverPasses() {
        TestPki pki = TestPki.shared();
        Forged forged = Forged.copying(pki);
        X500Principal rootName = pki.root.getSubjectX500Principal();
        X500Principal issuingName = pki.issuing.getSubjectX500Principal();
        List<TrustSettings> anchored = List.of(
                TrustSettings.builder().trusted(List.of(pki.root)).build(),
                TrustSettings.builder().trusted(List.of(pki.root, pki.issuing)).build(),
                TrustSettings.builder().pinnedRoot(Fingerprints.sha1(pki.root)).build(),
                TrustSettings.builder().pinnedRoot(Fingerprints.sha256(pki.root)).build(),
                TrustSettings.builder().trusted(List.of(pki.root)).expectedRoot(rootName).expectedIssuer(issuingName).build());
        for (TrustSettings trust : anchored) {
            ChainVerdict verdict = verdict(forged.contents(), trust);
            assertFalse(verdict.passed(), trust + " " + verdict.checks());
            assertFalse(verdict.trusted());
            assertEquals(Status.FAILED, verdict.check(CheckKind.TRUST_ANCHOR).status(), trust.toString());
            assertEquals(Optional.of(ErrorCode.P12_CHAIN_UNTRUSTED), verdict.failureCode());
            // the genuine chain passes with the very same settings
            assertTrue(verdict(real(pki, List.of(pki.issuing, pki.root)), trust).trusted(), trust.toString());
        }
        ChainVerdict namesOnly = verdict(forged.contents(),
                TrustSettings.builder().expectedRoot(rootName).expectedIssuer(issuingName).build());
        assertEquals(Status.PASSED, namesOnly.check(CheckKind.ROOT_NAME).status(), "the names do match");
        assertEquals(Status.PASSED, namesOnly.check(CheckKind.ISSUER_NAME).status());
        assertFalse(namesOnly.passed(), "but names are no anchor");
        X500Principal reversed = new X500Principal("C=JP,O=CertDesk Test,CN=CertDesk Test Root CA");
        assertEquals(Status.PASSED, verdict(real(pki, List.of(pki.issuing, pki.root)), TrustSettings.builder()
                .trusted(List.of(pki.root)).expectedRoot(reversed).build()).check(CheckKind.ROOT_NAME).status(),
                "a name copied in the other order is the same name");
        assertEquals(Status.FAILED, verdict(real(pki, List.of(pki.issuing, pki.root)), TrustSettings.builder()
                .trusted(List.of(pki.root)).expectedRoot(new X500Principal("CN=CertDesk Test Root CA,O=Other,C=JP")).build())
                .check(CheckKind.ROOT_NAME).status());
        assertEquals(Optional.of(ErrorCode.P12_NO_TRUST_ANCHOR), namesOnly.failureCode());
    }

    @Test
    void conversionOfTheForgedChainWritesNothing() throws Exception {
        TestPki pki = TestPki.shared();
        Forged forged = Forged.copying(pki);
        Path in = dir.resolve("forged.p12");
        Files.write(in, Pkcs12Fixtures.p12(engine, forged.leafKey().getPrivate(),
                List.of(forged.leaf(), forged.issuing(), forged.root()), ExportOptions.of(ExportProfile.COMPAT), PASSWORD));
        Path out = dir.resolve("out.p12");
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root)).build();
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> engine.convert(in, PASSWORD, out, NEW.clone(),
                ExportOptions.of(ExportProfile.MODERN), trust, Instant.now()));
        assertEquals(ErrorCode.P12_CHAIN_UNTRUSTED, e.code());
        assertTrue(Files.notExists(out));
    }

    @Test
    void conversionWithoutAnAnchorIsRefusedUnlessExplicitlyAccepted() throws Exception {
        TestPki pki = TestPki.shared();
        Path in = dir.resolve("in.p12");
        Files.write(in, Pkcs12Fixtures.p12(engine, pki.leafKey.getPrivate(), pki.chain(), ExportOptions.of(ExportProfile.COMPAT),
                PASSWORD));
        Path out = dir.resolve("out.p12");
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> engine.convert(in, PASSWORD, out, NEW.clone(),
                ExportOptions.of(ExportProfile.MODERN), TrustSettings.none(), Instant.now()));
        assertEquals(ErrorCode.P12_NO_TRUST_ANCHOR, e.code());
        assertTrue(e.getMessage().contains("not verified: no trust anchor"), e.getMessage());
        assertTrue(Files.notExists(out));

        ConversionResult accepted = engine.convert(in, PASSWORD, out, NEW.clone(), ExportOptions.of(ExportProfile.MODERN),
                TrustSettings.builder().acceptNoAnchor().build(), Instant.now());
        assertTrue(accepted.verdict().passed());
        assertFalse(accepted.verdict().trusted(), "accepted, never trusted");
        assertEquals(Status.SKIPPED, accepted.verdict().check(CheckKind.TRUST_ANCHOR).status());
        assertTrue(accepted.verdict().check(CheckKind.TRUST_ANCHOR).detail().startsWith("not verified: no trust anchor"));
        assertFalse(TrustSettings.builder().trusted(List.of(pki.root)).acceptNoAnchor().build().noAnchorAccepted(),
                "with an anchor, acceptance changes nothing");
    }

    @Test
    void rootsFromTheFileOrFromAiaAreNeverAnchors() throws Exception {
        TestPki pki = TestPki.shared();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger hits = new AtomicInteger();
        byte[] bundle = (Pem.encode("CERTIFICATE", pki.issuing.getEncoded()) + Pem.encode("CERTIFICATE", pki.root.getEncoded()))
                .getBytes(StandardCharsets.US_ASCII);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, bundle.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bundle);
            }
        });
        server.start();
        try {
            String aia = "http://127.0.0.1:" + server.getAddress().getPort() + "/bundle.pem";
            X509Certificate leaf = TestPki.leaf(TestPki.LEAF_NAME, pki.leafKey.getPublic(), TestPki.ISSUING_NAME,
                    pki.issuingKey.getPrivate(), Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS), aia);
            Pkcs12Contents contents = new Pkcs12Contents("EndUser.p12", pki.leafKey.getPrivate(), leaf, List.of(),
                    Optional.empty(), List.of());
            IssuerFetchSettings fetch = IssuerFetchSettings.allowing(List.of("127.0.0.1:" + server.getAddress().getPort()),
                    ProxySettings.direct());
            CertificateChain chain = engine.completeChain(contents, TrustSettings.builder().fetch(fetch).build());
            assertTrue(chain.complete(), chain.problems().toString());
            assertEquals(List.of(ChainSource.FILE, ChainSource.FETCHED, ChainSource.FETCHED), chain.sources());
            ChainVerdict fetched = engine.verify(chain, TrustSettings.builder().fetch(fetch).build(), Instant.now());
            assertFalse(fetched.passed(), "a fetched root is no anchor");
            TrustSettings other = TrustSettings.builder().trusted(List.of(TestPki.create(null).root)).fetch(fetch).build();
            assertFalse(engine.verify(engine.completeChain(contents, other), other, Instant.now()).passed());

            ChainVerdict file = verdict(real(pki, List.of(pki.issuing, pki.root)), TrustSettings.none());
            assertFalse(file.passed(), "the file's root is no anchor");
            ChainVerdict issuerOnly = verdict(real(pki, List.of(pki.issuing, pki.root)),
                    TrustSettings.builder().expectedIssuer(pki.issuing.getSubjectX500Principal()).build());
            assertFalse(issuerOnly.passed(), "an expected issuer name is no anchor");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sha1AndSha256PinsAreAnchorsAndOtherLengthsAreRefused() {
        TestPki pki = TestPki.shared();
        for (String pin : List.of(Fingerprints.grouped(Fingerprints.sha1(pki.root)),
                Fingerprints.sha1(pki.root).toLowerCase(java.util.Locale.ROOT).replaceAll("(..)(?!$)", "$1:"),
                Fingerprints.sha256(pki.root))) {
            TrustSettings trust = TrustSettings.builder().pinnedRoot(pin).build();
            ChainVerdict verdict = verdict(real(pki, List.of(pki.issuing, pki.root)), trust);
            assertTrue(verdict.trusted(), pin + " " + verdict.checks());
            assertEquals(Status.PASSED, verdict.check(CheckKind.ROOT_PIN).status());
        }
        assertEquals(RootPin.Algorithm.SHA1, RootPin.parse(Fingerprints.sha1(pki.root)).algorithm());
        assertThrows(IllegalArgumentException.class, () -> RootPin.parse("00".repeat(16)), "an MD5-length value");
        assertThrows(IllegalArgumentException.class, () -> RootPin.parse("CN=CertDesk Test Root CA"));
        ChainVerdict wrong = verdict(real(pki, List.of(pki.issuing, pki.root)),
                TrustSettings.builder().pinnedRoot("AB".repeat(20)).build());
        assertFalse(wrong.passed());
        assertTrue(wrong.check(CheckKind.ROOT_PIN).detail().contains("SHA-1 ABABABAB"), wrong.check(CheckKind.ROOT_PIN).detail());
    }

    @Test
    void aChainEndingAtATrustedIssuingCaNeedsNoRootAndNoDownload() throws IOException {
        TestPki pki = TestPki.shared();
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.issuing))
                .fetch(IssuerFetchSettings.allowing(List.of("127.0.0.1"), ProxySettings.direct())).build();
        CertificateChain chain = engine.completeChain(real(pki, List.of()), trust);
        assertTrue(chain.complete(), chain.problems().toString());
        assertEquals(List.of(pki.leaf, pki.issuing), chain.certificates());
        assertTrue(engine.verify(chain, trust, Instant.now()).trusted());
    }
}

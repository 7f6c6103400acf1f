package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Fingerprints;
import io.certdesk.crypto.RootPin;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace gets its trust anchors when it is created and never exists without one; the portal profile's
 * {@code issuer.ca.files}, {@code issuer.expected.root} and {@code issuer.fetch.hosts} take effect; a chain whose
 * root merely copies the trusted root's name fails verification in the pipeline.
 */
class WorkspaceTrustTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        pki = new TestCertificates();
        portal = new FakePortal();
        fixture = new Fixture(pki, portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aWorkspaceWithoutAnyAnchorIsNotCreated() {
        Path folder = dir.resolve("ws");
        WorkspaceSettings namesOnly = WorkspaceSettings.defaults().withTrust(WorkspaceTrust.none()
                .withExpectedRoot(TestCertificates.ROOT).withExpectedIssuer(TestCertificates.ISSUING));
        for (WorkspaceSettings settings : List.of(WorkspaceSettings.defaults(), namesOnly)) {
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> Workspaces.create(folder, Fixture.PASSPHRASE.toCharArray(), settings, Clock.systemUTC()));
            assertEquals(ErrorCode.STORE_NO_TRUST_ANCHOR, e.code());
            assertTrue(e.getMessage().contains("SHA-1 thumbprint"), e.getMessage());
            assertFalse(Files.exists(folder), "nothing was created");
        }
    }

    @Test
    void anchorsAreKeptAndCannotAllBeRemoved() throws Exception {
        Path folder = dir.resolve("ws");
        RootPin pin = RootPin.parse(Fingerprints.grouped(Fingerprints.sha1(pki.root)));
        WorkspaceSettings settings = WorkspaceSettings.defaults().withExport(ExportProfile.MODERN, 2048)
                .withTrust(WorkspaceTrust.none().withPinnedRoot(pin).withExpectedRoot(TestCertificates.ROOT)
                        .withFetch(true, List.of("Repo.Example.JP", "127.0.0.1:8080")));
        try (Workspace created = Workspaces.create(folder, Fixture.PASSPHRASE.toCharArray(), settings, clock)) {
            created.importEntries(fixture.issue(1));
        }
        try (Workspace workspace = Fixture.open(folder, clock)) {
            WorkspaceTrust trust = workspace.settings().trust();
            assertEquals(Optional.of(pin), trust.pinnedRoot());
            assertEquals(RootPin.Algorithm.SHA1, trust.pinnedRoot().get().algorithm());
            assertEquals(List.of("repo.example.jp", "127.0.0.1:8080"), trust.fetchHosts());
            assertEquals(Optional.of(TestCertificates.ROOT), trust.expectedRoot());
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> workspace.updateSettings(workspace.settings().withTrust(WorkspaceTrust.none())));
            assertEquals(ErrorCode.STORE_NO_TRUST_ANCHOR, e.code());
            // the SHA-1 pin alone is a working anchor: the whole pipeline runs
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all().withThreads(1, 1), PipelineListener.NONE, new CancelToken());
            assertEquals(1, summary.counts().finished(), workspace.entries().get(0).errorDetail().toString());
            assertEquals(EntryState.EXPORTED, workspace.entries().get(0).state());
        }
    }

    @Test
    void aRootThatCopiesTheTrustedRootsNameFailsVerification() throws Exception {
        TestCertificates lookalike = new TestCertificates(); // same names, its own keys
        assertEquals(lookalike.root.getSubjectX500Principal(), pki.root.getSubjectX500Principal());
        Path folder = dir.resolve("ws");
        WorkspaceSettings settings = fixture.settings().withTrust(WorkspaceTrust.trusting(List.of(lookalike.root))
                .withExpectedRoot(TestCertificates.ROOT).withExpectedIssuer(TestCertificates.ISSUING));
        try (Workspace workspace = Workspaces.create(folder, Fixture.PASSPHRASE.toCharArray(), settings, clock)) {
            workspace.importEntries(fixture.issue(1));
            workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all().withThreads(1, 1), PipelineListener.NONE, new CancelToken());
            Entry entry = workspace.entries().get(0);
            assertEquals(EntryState.FAILED, entry.state());
            assertEquals(Optional.of(EntryState.DOWNLOADED), entry.failedFrom());
            assertEquals(Optional.of(ErrorCode.P12_CHAIN_UNTRUSTED), entry.errorCode());
            assertTrue(entry.errorDetail().orElseThrow().contains("TRUST_ANCHOR"), entry.errorDetail().toString());
            assertTrue(entry.exportSha256().isEmpty(), "nothing exported");
        }
    }

    @Test
    void thePortalProfileGivesItsIssuerCasExpectedRootAndFetchHosts() throws Exception {
        Path ca = dir.resolve("root.pem");
        Files.writeString(ca, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pki.root.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Path named = Files.writeString(dir.resolve("named.properties"), "issuer.ca.files = root.pem\n"
                + "issuer.expected.root = " + TestCertificates.ROOT + "\nissuer.fetch.hosts = repo.example.jp, 127.0.0.1:8081\n");
        WorkspaceTrust fromNamed = WorkspaceTrust.fromProfile(PortalProfiles.load(named));
        assertEquals(List.of(pki.root), fromNamed.trustedCertificates());
        assertEquals(Optional.of(TestCertificates.ROOT), fromNamed.expectedRoot().map(n -> n));
        assertTrue(fromNamed.fetchIssuers());
        assertEquals(List.of("repo.example.jp", "127.0.0.1:8081"), fromNamed.fetchHosts());

        Path pinned = Files.writeString(dir.resolve("pinned.properties"),
                "issuer.expected.root = " + Fingerprints.grouped(Fingerprints.sha256(pki.root)) + "\n");
        WorkspaceTrust fromPin = WorkspaceTrust.fromProfile(PortalProfiles.load(pinned));
        assertTrue(fromPin.hasAnchor());
        assertEquals(RootPin.Algorithm.SHA256, fromPin.pinnedRoot().orElseThrow().algorithm());

        WorkspaceTrust reference = WorkspaceTrust.fromProfile(PortalProfiles.reference());
        assertFalse(reference.hasAnchor(), "the built-in profile names the root but gives no anchor");
        assertTrue(reference.expectedRoot().isPresent());
    }

    @Test
    void aiaDownloadsInTheRunGoThroughTheWorkspacesProxyAndOnlyToAllowedHosts() throws Exception {
        java.util.concurrent.atomic.AtomicInteger originHits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger otherHits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger proxied = new java.util.concurrent.atomic.AtomicInteger();
        byte[] issuing = pki.issuing.getEncoded();
        com.sun.net.httpserver.HttpServer origin = server(originHits, issuing);
        com.sun.net.httpserver.HttpServer other = server(otherHits, issuing);
        com.sun.net.httpserver.HttpServer proxy = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        try (java.net.http.HttpClient forward = java.net.http.HttpClient.newBuilder()
                .proxy(java.net.http.HttpClient.Builder.NO_PROXY).build()) {
            proxy.createContext("/", exchange -> { // a forward proxy: it gets the absolute address and fetches it
                proxied.incrementAndGet();
                try {
                    byte[] body = forward.send(java.net.http.HttpRequest.newBuilder(exchange.getRequestURI()).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (InterruptedException e) {
                    exchange.sendResponseHeaders(502, -1);
                } finally {
                    exchange.close();
                }
            });
            proxy.start();
            String allowed = "127.0.0.1:" + origin.getAddress().getPort();
            portal.add("A0000001", new FakePortal.Issued(Fixture.GROUP, "Ret-A1-pw", pki.issueWithAia(Fixture.subject(1),
                    Fixture.NOT_BEFORE, Fixture.NOT_AFTER, "Ret-A1-pw".toCharArray(), "http://" + allowed + "/issuing.cer")));
            portal.add("A0000002", new FakePortal.Issued(Fixture.GROUP, "Ret-A2-pw", pki.issueWithAia(Fixture.subject(2),
                    Fixture.NOT_BEFORE, Fixture.NOT_AFTER, "Ret-A2-pw".toCharArray(),
                    "http://127.0.0.1:" + other.getAddress().getPort() + "/issuing.cer")));
            WorkspaceSettings settings = fixture.settings()
                    .withTrust(WorkspaceTrust.trusting(List.of(pki.root)).withFetch(true, List.of(allowed)))
                    .withProxy(io.certdesk.core.net.ProxySettings.manual("127.0.0.1", proxy.getAddress().getPort()));
            try (Workspace workspace = Workspaces.create(dir.resolve("ws"), Fixture.PASSPHRASE.toCharArray(), settings, clock)) {
                workspace.importEntries(List.of(
                        EntryDraft.builder(Fixture.GROUP, "A0000001", "Ret-A1-pw".toCharArray()).name("A1").build(),
                        EntryDraft.builder(Fixture.GROUP, "A0000002", "Ret-A2-pw".toCharArray()).name("A2").build()));
                workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                        .run(PipelineOptions.all().withThreads(1, 1), PipelineListener.NONE, new CancelToken());
                Entry allowedEntry = workspace.entries().stream().filter(e -> e.certificateNumber().equals("A0000001"))
                        .findFirst().orElseThrow();
                Entry refused = workspace.entries().stream().filter(e -> e.certificateNumber().equals("A0000002"))
                        .findFirst().orElseThrow();
                assertEquals(EntryState.EXPORTED, allowedEntry.state(), allowedEntry.errorDetail().toString());
                assertEquals(EntryState.FAILED, refused.state());
                assertEquals(Optional.of(ErrorCode.P12_CHAIN_INCOMPLETE), refused.errorCode());
                assertTrue(refused.errorDetail().orElseThrow().contains("is not allowed"), refused.errorDetail().toString());
            }
            assertEquals(1, proxied.get(), "the issuer was downloaded through the workspace's proxy");
            assertEquals(1, originHits.get());
            assertEquals(0, otherHits.get(), "a host the workspace does not allow is never contacted");
        } finally {
            proxy.stop(0);
            origin.stop(0);
            other.stop(0);
        }
    }

    private static com.sun.net.httpserver.HttpServer server(java.util.concurrent.atomic.AtomicInteger hits, byte[] body)
            throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}

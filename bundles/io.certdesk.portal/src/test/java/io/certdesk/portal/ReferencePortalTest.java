package io.certdesk.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's protocol as docs/portal-protocol.md states it, checked with the JDK's own HTTP client. */
class ReferencePortalTest {

    @TempDir
    static java.nio.file.Path dir;
    static PortalDataFolder folder;
    static List<IssuedCertificate> issued;
    static ReferencePortal portal;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        folder = new PortalDataFolder(dir.resolve("portal"));
        int repositoryPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            repositoryPort = socket.getLocalPort();
        }
        issued = new Provisioner(folder, Clock.system(ZoneId.of("Asia/Tokyo")), new BouncyCastleProvider()).provision(
                ProvisioningRequest.of("PROTO", 2).withRepository(URI.create("http://127.0.0.1:" + repositoryPort + "/repository/")));
        portal = ReferencePortal.start(PortalServerConfig.defaults(folder));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (FileInputStream in = new FileInputStream(folder.tlsCaCertificate().toFile())) {
            trust.setCertificateEntry("portal", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
        http.close();
    }

    private static HttpResponse<byte[]> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(portal.baseUrl().resolve("download")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String form(IssuedCertificate certificate, String password) {
        return "groupId=" + certificate.groupId() + "&certNumber=" + certificate.certificateNumber() + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    @Test
    void downloadAnswersThePkcs12WithFileNameAndFirstDownloadTime() throws Exception {
        IssuedCertificate certificate = issued.get(0);
        HttpResponse<byte[]> response = post(form(certificate, new String(certificate.retrievalPassword())));
        assertEquals(200, response.statusCode());
        assertEquals("application/x-pkcs12", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"EndUser.p12\"", response.headers().firstValue("Content-Disposition").orElseThrow());
        Instant first = Instant.parse(response.headers().firstValue("X-First-Download").orElseThrow());
        assertTrue(Duration.between(first, Instant.now()).abs().toSeconds() < 60);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(response.body()), certificate.retrievalPassword());
        assertEquals(3, store.getCertificateChain(certificate.certificateNumber()).length);
    }

    @Test
    void wrongPasswordAnswersTheAuthenticationPage() throws Exception {
        HttpResponse<byte[]> response = post(form(issued.get(1), "wrong"));
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<p class=\"error\" id=\"ERR-AUTH\">\u8a8d\u8a3c\u306b\u5931\u6557\u3057\u307e\u3057\u305f\u3002"), page);
    }

    @Test
    void repositoryServesTheCaCertificatesOverPlainHttp() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(portal.repositoryUrl().resolve("intermediate.crt"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pkix-cert", response.headers().firstValue("Content-Type").orElseThrow());
        X509Certificate served = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(response.body()));
        X509Certificate onFile = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(folder.intermediateCertificate()));
        assertArrayEquals(onFile.getEncoded(), served.getEncoded());
        assertEquals(404, http.send(HttpRequest.newBuilder(portal.repositoryUrl().resolve("nothing.crt")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void adminEndpointsNeedTheTokenAndMoveTheClock() throws Exception {
        URI clock = portal.baseUrl().resolve("admin/clock");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(clock)
                .POST(HttpRequest.BodyPublishers.ofString("advance=PT1H")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        String token = Files.readString(folder.adminToken()).strip();
        HttpResponse<String> moved = http.send(HttpRequest.newBuilder(clock).header("X-Admin-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("offset=PT2H")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(Duration.ofHours(2), portal.clock().offset());
        http.send(HttpRequest.newBuilder(clock).header("X-Admin-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("offset=PT0S")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(Duration.ZERO, portal.clock().offset());
    }

    @Test
    void theProtocolDocumentStatesTheExactAnswers() throws Exception {
        String doc = Files.readString(java.nio.file.Path.of(System.getProperty("user.dir"))
                .resolve("../../docs/portal-protocol.md").normalize());
        for (String text : new String[] { io.certdesk.portal.internal.AnswerPages.AUTH_FAILED_JA,
                io.certdesk.portal.internal.AnswerPages.NOT_AVAILABLE_JA, io.certdesk.portal.internal.AnswerPages.BUSY_JA,
                io.certdesk.portal.internal.AnswerPages.LOCKED_JA.replace("{0}", "yyyy/MM/dd HH:mm"), "`ERR-AUTH`",
                "`ERR-NOT-AVAILABLE`", "`ERR-BUSY`", "`ERR-LOCKED`", "`groupId`", "`certNumber`", "`password`",
                "X-First-Download", "application/x-pkcs12" }) {
            assertTrue(doc.contains(text), text);
        }
    }

    @Test
    void startWritesServerInfoAndAClientProfile() throws Exception {
        Properties info = new Properties();
        try (var in = Files.newBufferedReader(folder.serverInfo())) {
            info.load(in);
        }
        assertEquals(portal.baseUrl().toString(), info.getProperty("base.url"));
        String profile = Files.readString(folder.clientProfile());
        assertTrue(profile.contains("base.url = " + portal.baseUrl()), profile);
        assertTrue(profile.contains("tls.ca.files = " + folder.tlsCaCertificate()), profile);
    }

    @Test
    void connectionsAreAnsweredWithoutNaglesDelay() {
        // without TCP_NODELAY most answers waited some 40 ms for the client's delayed acknowledgement (bench-pipeline.sh)
        assertEquals("true", System.getProperty(ReferencePortal.NO_DELAY));
    }
}

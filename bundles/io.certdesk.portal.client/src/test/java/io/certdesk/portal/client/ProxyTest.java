package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.portal.client.testing.TestPortal;
import io.certdesk.portal.client.testing.Tinyproxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through a real forward proxy (tinyproxy) with Basic authentication: good, wrong and missing credentials. */
class ProxyTest {

    private static final String USER = "certdesk";
    private static final String PASSWORD = "Proxy-Secret-42";

    @TempDir
    static Path dir;
    static TestPortal portal;
    static Tinyproxy proxy;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "PROXY", 1);
        proxy = Tinyproxy.start(dir.resolve("tinyproxy"), USER, PASSWORD, portal.portal.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        portal.close();
    }

    private static DownloadResult through(ProxySettings config) throws Exception {
        try (PortalClient client = PortalClient.open(portal.profile(), TestPortal.fast().withProxy(config))) {
            return client.download(portal.request(0));
        }
    }

    @Test
    void goodCredentialsTunnelToThePortal() throws Exception {
        DownloadResult result = through(ProxySettings.manual("127.0.0.1", proxy.port(), USER, PASSWORD.toCharArray()));
        assertInstanceOf(DownloadResult.Success.class, result, String.valueOf(result));
        assertTrue(proxy.log().contains("CONNECT"), proxy.log());
    }

    @Test
    void wrongCredentialsFailClearlyAndQuickly() throws Exception {
        long start = System.nanoTime();
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class,
                through(ProxySettings.manual("127.0.0.1", proxy.port(), USER, "wrong-password".toCharArray())));
        assertEquals(ErrorCode.COMM_PROXY_AUTH_FAILED, failure.code(), failure.detail());
        assertEquals(1, failure.attempts());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "no authentication loop");
        assertFalse(failure.detail().contains("wrong-password"), failure.detail());
    }

    @Test
    void missingCredentialsFailAsProxyAuthentication() throws Exception {
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class,
                through(ProxySettings.manual("127.0.0.1", proxy.port())));
        assertEquals(ErrorCode.COMM_PROXY_AUTH_FAILED, failure.code(), failure.detail());
    }

    @Test
    void aProxyThatIsNotThereIsAProxyFailure() throws Exception {
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class,
                through(ProxySettings.manual("127.0.0.1", TestPortal.freePort(), USER, PASSWORD.toCharArray())));
        assertEquals(ErrorCode.COMM_PROXY_FAILED, failure.code(), failure.detail());
    }

    @Test
    void proxySettingsNeverShowThePassword() {
        ProxySettings config = ProxySettings.manual("127.0.0.1", 3128, USER, PASSWORD.toCharArray());
        assertFalse(config.toString().contains(PASSWORD), config.toString());
        assertEquals(PASSWORD.length(), config.password().length());
        config.close();
        assertTrue(config.password().isCleared());
    }
}

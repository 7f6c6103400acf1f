package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.testing.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each answer of the portal maps to its own code; the 24-hour window and the lockout follow the portal's clock. */
class PortalAnswersTest {

    @TempDir
    static Path dir;
    static TestPortal portal;
    static PortalClient client;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "ANSWERS", 6);
        client = PortalClient.open(portal.profile(), TestPortal.fast());
    }

    @AfterAll
    static void stop() {
        client.close();
        portal.close();
    }

    @AfterEach
    void resetPortal() {
        portal.portal.clock().setOffset(Duration.ZERO);
        portal.portal.busy(false);
    }

    private static DownloadResult.Failure failure(DownloadResult result, ErrorCode expected) {
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class, result, String.valueOf(result));
        assertEquals(expected, failure.code(), failure.detail());
        return failure;
    }

    @Test
    void wrongPasswordNumberOrGroupIsAuthenticationFailed() {
        DownloadResult.Failure wrong = failure(client.download(portal.wrongPassword(0)), ErrorCode.PORTAL_AUTH_FAILED);
        assertEquals(1, wrong.attempts(), "never retried");
        assertTrue(wrong.detail().contains("\u8a8d\u8a3c\u306b\u5931\u6557"), wrong.detail());
        assertTrue(!wrong.detail().contains("Wrong-Password-1"), "no password in the detail");
        char[] password = portal.issued.get(0).retrievalPassword();
        failure(client.download(new DownloadRequest("ANSWERS", "999999999999", password)), ErrorCode.PORTAL_AUTH_FAILED);
        failure(client.download(new DownloadRequest("OTHER", portal.issued.get(0).certificateNumber(), password)),
                ErrorCode.PORTAL_AUTH_FAILED);
    }

    @Test
    void busyIsRetriedWithBackoffThenReported() {
        portal.portal.busy(true);
        long start = System.nanoTime();
        DownloadResult.Failure busy = failure(client.download(portal.request(1)), ErrorCode.PORTAL_BUSY);
        assertEquals(3, busy.attempts());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300, "backoff 100 ms + 200 ms");
        portal.portal.busy(false);
        assertInstanceOf(DownloadResult.Success.class, client.download(portal.request(1)));
    }

    @Test
    void redownloadWorksFor24HoursThenTheWindowCloses() {
        DownloadResult.Success first = assertInstanceOf(DownloadResult.Success.class, client.download(portal.request(2)));
        portal.portal.clock().setOffset(Duration.ofHours(23).plusMinutes(59));
        DownloadResult.Success again = assertInstanceOf(DownloadResult.Success.class, client.download(portal.request(2)));
        assertEquals(first.firstDownload(), again.firstDownload(), "the portal reports the first download");
        portal.portal.clock().setOffset(Duration.ofHours(24).plusMinutes(1));
        DownloadResult.Failure closed = failure(client.download(portal.request(2)), ErrorCode.PORTAL_NOT_AVAILABLE);
        assertEquals(1, closed.attempts());
    }

    @Test
    void threeWrongPasswordsLockTheNumberUntilTheLockEnds() {
        failure(client.download(portal.wrongPassword(3)), ErrorCode.PORTAL_AUTH_FAILED);
        failure(client.download(portal.wrongPassword(3)), ErrorCode.PORTAL_AUTH_FAILED);
        failure(client.download(portal.wrongPassword(3)), ErrorCode.PORTAL_LOCKED);
        DownloadResult.Failure locked = failure(client.download(portal.request(3)), ErrorCode.PORTAL_LOCKED);
        assertTrue(locked.detail().contains("\u30ed\u30c3\u30af"), locked.detail());
        portal.portal.clock().setOffset(Duration.ofDays(1));
        assertInstanceOf(DownloadResult.Success.class, client.download(portal.request(3)));
    }

    @Test
    void aCertificateNotIssuedYetIsNotAvailable() {
        portal.portal.clock().setOffset(Duration.ofDays(-1));
        failure(client.download(portal.request(4)), ErrorCode.PORTAL_NOT_AVAILABLE);
    }

    @Test
    void anErrorPageTheProfileDoesNotDescribeIsUnrecognised() throws Exception {
        Path profileFile = dir.resolve("changed-wording.properties");
        Files.writeString(profileFile, "base.url = " + portal.portal.baseUrl() + "\ntls.ca.files = "
                + portal.folder.tlsCaCertificate() + "\nanswer.authentication-failed = \u30d1\u30b9\u30ef\u30fc\u30c9\u304c\u9055\u3044\u307e\u3059\n");
        try (PortalClient other = PortalClient.open(PortalProfiles.load(profileFile), TestPortal.fast())) {
            DownloadResult.Failure failure = failure(other.download(portal.wrongPassword(5)),
                    ErrorCode.PORTAL_UNRECOGNISED_ANSWER);
            assertTrue(failure.detail().contains("Authentication failed"), failure.detail());
        }
    }
}

package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.Fault;
import io.certdesk.portal.client.testing.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault the portal injects ends in its code within the deadlines (response 2 s, overall 5 s), and only
 * the safe ones are retried.
 */
class FaultInjectionTest {

    @TempDir
    static Path dir;
    static TestPortal portal;
    static PortalClient client;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "FAULTS", 1);
        client = PortalClient.open(portal.profile(), TestPortal.fast());
    }

    @AfterAll
    static void stop() {
        client.close();
        portal.close();
    }

    @AfterEach
    void clearFaults() {
        portal.portal.faults().clear();
    }

    private static DownloadResult.Failure fails(Fault fault, ErrorCode expected, int attempts, Duration within) {
        portal.portal.faults().always(fault);
        return fails(client, expected, attempts, within);
    }

    private static DownloadResult.Failure fails(PortalClient with, ErrorCode expected, int attempts, Duration within) {
        long start = System.nanoTime();
        DownloadResult result = with.download(portal.request(0));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class, result, String.valueOf(result));
        assertEquals(expected, failure.code(), failure.detail());
        assertEquals(attempts, failure.attempts(), failure.detail());
        assertTrue(took.compareTo(within) < 0, expected + " took " + took.toMillis() + " ms");
        System.out.println("FaultInjectionTest: " + expected.code() + " " + expected + " after " + took.toMillis() + " ms: "
                + failure.detail());
        return failure;
    }

    @Test
    void latencyBeyondTheResponseTimeout() {
        fails(Fault.latency(Duration.ofSeconds(5)), ErrorCode.COMM_RESPONSE_TIMEOUT, 1, Duration.ofMillis(3500));
    }

    @Test
    void droppedConnectionIsNoResponseAndNotRetried() {
        fails(Fault.drop(), ErrorCode.COMM_NO_RESPONSE, 1, Duration.ofSeconds(2));
    }

    @Test
    void serverErrorIsAnUnexpectedStatus() {
        DownloadResult.Failure failure = fails(Fault.status(500), ErrorCode.COMM_HTTP_STATUS, 1, Duration.ofSeconds(2));
        assertTrue(failure.detail().contains("500"), failure.detail());
    }

    @Test
    void serviceUnavailableWithoutRetryAfterIsNotRetried() {
        fails(Fault.status(503), ErrorCode.COMM_SERVER_UNAVAILABLE, 1, Duration.ofSeconds(2));
    }

    @Test
    void retryAfterIsHonouredUpToItsCapAndBounded() {
        fails(Fault.status(429, Duration.ofSeconds(30)), ErrorCode.COMM_SERVER_UNAVAILABLE, 3, Duration.ofMillis(4500));
    }

    @Test
    void oneServiceUnavailableWithRetryAfterIsRetriedAndSucceeds() {
        portal.portal.faults().next(1, Fault.status(503, Duration.ofSeconds(1)));
        DownloadResult.Success success = assertInstanceOf(DownloadResult.Success.class, client.download(portal.request(0)));
        assertEquals(2, success.attempts());
    }

    @Test
    void wrongContentType() {
        fails(Fault.wrongContentType(), ErrorCode.COMM_CONTENT_TYPE, 1, Duration.ofSeconds(2));
    }

    @Test
    void truncatedBody() {
        fails(Fault.truncated(), ErrorCode.COMM_TRUNCATED, 1, Duration.ofSeconds(2));
    }

    @Test
    void slowDripHitsTheOverallDeadline() throws Exception {
        portal.portal.faults().always(Fault.slowDrip(Duration.ofMillis(200)));
        ClientSettings settings = TestPortal.fast().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        try (PortalClient impatient = PortalClient.open(portal.profile(), settings)) {
            fails(impatient, ErrorCode.COMM_DEADLINE_EXCEEDED, 1, Duration.ofMillis(3000));
        }
    }

    @Test
    void answerLargerThanTheCap() throws Exception {
        try (PortalClient small = PortalClient.open(portal.profile(), TestPortal.fast().withMaxResponseBytes(1024))) {
            fails(small, ErrorCode.COMM_TOO_LARGE, 1, Duration.ofSeconds(2));
        }
    }

    @Test
    void refusedConnectionIsRetriedThenReported() throws Exception {
        PortalProfile nowhere = portal.profile().withBaseUrl(URI.create("https://127.0.0.1:" + TestPortal.freePort() + "/"));
        try (PortalClient refused = PortalClient.open(nowhere, TestPortal.fast())) {
            fails(refused, ErrorCode.COMM_CANNOT_CONNECT, 3, Duration.ofSeconds(3));
        }
    }

    @Test
    void cancelEndsARunningDownloadWith990() throws Exception {
        portal.portal.faults().always(Fault.latency(Duration.ofSeconds(4)));
        try (PortalClient cancellable = PortalClient.open(portal.profile(), TestPortal.fast()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20)))) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancellable.cancel();
            });
            canceller.start();
            fails(cancellable, ErrorCode.CANCELLED, 1, Duration.ofSeconds(2));
            canceller.join();
        }
    }
}

package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.portal.Fault;
import io.certdesk.portal.client.testing.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 20 certificates from a real portal over loopback TLS, 8 at a time. */
class BulkDownloadTest {

    @TempDir
    static Path dir;
    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "BULK", 20);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static List<DownloadRequest> all() {
        List<DownloadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(portal.request(i));
        }
        return requests;
    }

    @Test
    void twentyCertificatesEightInParallel() throws Exception {
        List<DownloadRequest> requests = all();
        long start = System.nanoTime();
        List<DownloadResult> results;
        try (PortalClient client = PortalClient.open(portal.profile(), TestPortal.fast().withConcurrency(8))) {
            results = client.downloadAll(requests);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BulkDownloadTest: 20 downloads, 8 in parallel: " + millis + " ms");
        assertEquals(20, results.size());
        for (int i = 0; i < 20; i++) {
            DownloadResult.Success success = assertInstanceOf(DownloadResult.Success.class, results.get(i), "#" + i);
            assertEquals("EndUser.p12", success.fileName());
            assertEquals(1, success.attempts());
            Instant first = success.firstDownload().orElseThrow();
            assertTrue(Duration.between(first, Instant.now()).abs().toMinutes() < 5);
            X509Certificate leaf = portal.openLeaf(success.pkcs12(), i);
            assertEquals(portal.issued.get(i).certificate(), leaf, "the PKCS#12 of certificate #" + i);
        }
        requests.forEach(DownloadRequest::clear);
    }

    @Test
    void concurrencyIsBounded() throws Exception {
        // every answer waits 300 ms: 16 downloads 8 at a time take two rounds (>= 600 ms), not one, not sixteen
        portal.portal.faults().always(Fault.latency(Duration.ofMillis(300)));
        try (PortalClient client = PortalClient.open(portal.profile(), TestPortal.fast().withConcurrency(8))) {
            long start = System.nanoTime();
            List<DownloadResult> results = client.downloadAll(all().subList(0, 16));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("BulkDownloadTest: 16 re-downloads with 300 ms latency, 8 in parallel: " + millis + " ms");
            results.forEach(r -> assertInstanceOf(DownloadResult.Success.class, r));
            assertTrue(millis >= 600, "at most 8 at a time: " + millis + " ms");
            assertTrue(millis < 16 * 300, "in parallel: " + millis + " ms");
        } finally {
            portal.portal.faults().clear();
        }
    }
}

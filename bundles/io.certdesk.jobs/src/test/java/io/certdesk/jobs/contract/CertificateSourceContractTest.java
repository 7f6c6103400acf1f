package io.certdesk.jobs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.workspace.CertificateSource;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificateSource} must do for the workspace pipeline: hand back the portal's PKCS#12 for a right
 * request, report failures as values (never exceptions), say when the 24-hour window is closed, keep nothing of the
 * request's password, and serve several threads at once. Each implementation runs it through a subclass.
 */
public abstract class CertificateSourceContractTest {

    /** The source under test (ready for at least three certificates, numbered from 0). */
    protected abstract CertificateSource source();

    /** A right request for certificate {@code index}; the caller closes it. */
    protected abstract DownloadRequest request(int index);

    /** A request for certificate {@code index} with a wrong password; the caller closes it. */
    protected abstract DownloadRequest wrongPassword(int index);

    /** Makes the portal say that certificate {@code index} can no longer be downloaded. */
    protected abstract void closeWindow(int index) throws Exception;

    @Test
    void aRightRequestGivesThePkcs12ThatOpensWithTheRetrievalPassword() throws Exception {
        try (DownloadRequest request = request(0)) {
            DownloadResult.Success success = assertInstanceOf(DownloadResult.Success.class, source().download(request));
            assertFalse(success.fileName().isBlank());
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = request.password();
            try {
                store.load(new ByteArrayInputStream(success.pkcs12()), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            assertNotNull(store.getCertificate(store.aliases().nextElement()));
            assertTrue(success.attempts() >= 1);
        }
    }

    @Test
    void aWrongPasswordIsAFailureValueThatKeepsTheWindowOpenAndNamesNoPassword() {
        try (DownloadRequest request = wrongPassword(1)) {
            DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class, source().download(request));
            assertFalse(failure.windowClosed());
            assertFalse(failure.detail().contains("Wrong-Password") || failure.detail().contains("not-the-password"),
                    failure.detail());
        }
    }

    @Test
    void aClosedWindowIsAFailureThatSaysSo() throws Exception {
        closeWindow(2);
        try (DownloadRequest request = request(2)) {
            DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class, source().download(request));
            assertTrue(failure.windowClosed(), failure.toString());
            assertEquals(ErrorCode.PORTAL_NOT_AVAILABLE, failure.code());
        }
    }

    @Test
    void theRequestStillOwnsItsPasswordAfterTheCallAndClosingItWipesIt() {
        DownloadRequest request = request(0);
        source().download(request);
        assertTrue(request.secret().apply(chars -> chars.length > 0), "the source did not wipe the request's password");
        request.close();
        assertTrue(request.toString().contains("****"));
    }

    @Test
    void severalThreadsDownloadAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<DownloadResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int index = i;
                results.add(threads.submit(() -> {
                    try (DownloadRequest request = request(index)) {
                        return source().download(request);
                    }
                }));
            }
            for (Future<DownloadResult> result : results) {
                assertInstanceOf(DownloadResult.Success.class, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

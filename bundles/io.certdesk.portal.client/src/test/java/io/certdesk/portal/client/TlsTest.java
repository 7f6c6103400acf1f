package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.client.testing.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS is always verified: an untrusted certificate and a certificate for another host name both fail. */
class TlsTest {

    @TempDir
    static Path dir;
    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "TLS", 1);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static DownloadResult download(PortalProfile profile, ClientSettings settings) throws Exception {
        try (PortalClient client = PortalClient.open(profile, settings)) {
            return client.download(portal.request(0));
        }
    }

    @Test
    void aServerCertificateFromAnUntrustedCaIsRefused() throws Exception {
        DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class,
                download(portal.profile().withTlsCaFiles(List.of()), TestPortal.fast()));
        assertEquals(ErrorCode.COMM_TLS_UNTRUSTED, failure.code(), failure.detail());
        assertEquals(1, failure.attempts());
    }

    @Test
    void extraCaFilesOfTheSettingsAreTrustedToo() throws Exception {
        assertInstanceOf(DownloadResult.Success.class, download(portal.profile().withTlsCaFiles(List.of()),
                TestPortal.fast().withExtraCaFiles(List.of(portal.folder.tlsCaCertificate()))));
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() throws Exception {
        try (ReferencePortal elsewhere = ReferencePortal.start(io.certdesk.portal.PortalServerConfig.defaults(portal.folder)
                .withoutRepository().withTlsHostNames(List.of("portal.invalid")))) {
            DownloadResult.Failure failure = assertInstanceOf(DownloadResult.Failure.class,
                    download(portal.profile().withBaseUrl(elsewhere.baseUrl()), TestPortal.fast()));
            assertEquals(ErrorCode.COMM_TLS_HOST_MISMATCH, failure.code(), failure.detail());
        }
    }
}

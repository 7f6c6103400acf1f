package io.certdesk.jobs.contract;

import java.nio.file.Path;
import java.time.Duration;

import io.certdesk.jobs.internal.PortalCertificateSource;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.testing.TestPortal;
import io.certdesk.workspace.CertificateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The production source: the portal client against the reference portal on loopback (HTTPS). */
class PortalCertificateSourceContractTest extends CertificateSourceContractTest {

    @TempDir
    Path dir;

    private TestPortal portal;
    private PortalCertificateSource source;

    @BeforeEach
    void start() throws Exception {
        portal = TestPortal.start(dir, "CONTRACT", 3);
        source = PortalCertificateSource.open(portal.profile(), TestPortal.fast());
    }

    @AfterEach
    void stop() {
        source.close();
        portal.close();
    }

    @Override
    protected CertificateSource source() {
        return source;
    }

    @Override
    protected DownloadRequest request(int index) {
        return portal.request(index);
    }

    @Override
    protected DownloadRequest wrongPassword(int index) {
        return portal.wrongPassword(index);
    }

    @Override
    protected void closeWindow(int index) {
        try (DownloadRequest request = portal.request(index)) {
            source.download(request);
        }
        portal.portal.clock().setOffset(Duration.ofHours(24).plusMinutes(1));
    }
}

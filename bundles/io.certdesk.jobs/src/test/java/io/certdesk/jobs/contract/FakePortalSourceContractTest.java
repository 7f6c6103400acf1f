package io.certdesk.jobs.contract;

import java.time.Instant;

import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The workspace tests' source (an HTTP fake of the portal): the pipeline tests rely on it behaving like the real
 * one, so it runs the same contract.
 */
class FakePortalSourceContractTest extends CertificateSourceContractTest {

    private static final String GROUP = "G0009999";
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-02T00:00:00Z");

    private FakePortal portal;
    private PortalSource source;

    @BeforeEach
    void start() throws Exception {
        portal = new FakePortal();
        TestCertificates pki = new TestCertificates();
        for (int i = 0; i < 3; i++) {
            String password = "Ret-" + i + "-pw";
            portal.add(number(i), new FakePortal.Issued(GROUP, password,
                    pki.issue("CN=Contract " + i + ",O=Test Corp,C=JP", FROM, TO, password.toCharArray())));
        }
        source = new PortalSource(portal.uri());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String number(int index) {
        return String.format("K%07d", index);
    }

    @Override
    protected CertificateSource source() {
        return source;
    }

    @Override
    protected DownloadRequest request(int index) {
        return new DownloadRequest(GROUP, number(index), ("Ret-" + index + "-pw").toCharArray());
    }

    @Override
    protected DownloadRequest wrongPassword(int index) {
        return new DownloadRequest(GROUP, number(index), "not-the-password".toCharArray());
    }

    @Override
    protected void closeWindow(int index) {
        portal.closeWindow(number(index));
    }
}

package io.certdesk.portal.client.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalException;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.PortalProfiles;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A real reference portal on loopback for the client's tests: provisioned into a temporary folder (with the
 * CA repository on a free port) and started on a free HTTPS port.
 */
public final class TestPortal implements AutoCloseable {

    public final PortalDataFolder folder;
    public final List<IssuedCertificate> issued;
    public final ReferencePortal portal;

    private TestPortal(PortalDataFolder folder, List<IssuedCertificate> issued, ReferencePortal portal) {
        this.folder = folder;
        this.issued = issued;
        this.portal = portal;
    }

    public static TestPortal start(Path dir, String group, int count) throws PortalException {
        return start(dir, group, count, c -> c);
    }

    public static TestPortal start(Path dir, String group, int count, UnaryOperator<PortalServerConfig> config)
            throws PortalException {
        PortalDataFolder folder = new PortalDataFolder(dir.resolve("portal-" + group));
        List<IssuedCertificate> issued = new Provisioner(folder, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of(group, count)
                        .withRepository(URI.create("http://127.0.0.1:" + freePort() + "/repository/")));
        return new TestPortal(folder, issued, ReferencePortal.start(config.apply(PortalServerConfig.defaults(folder))));
    }

    /** The reference profile pointed at this portal and trusting its TLS CA. */
    public PortalProfile profile() {
        return PortalProfiles.reference().withBaseUrl(portal.baseUrl()).withTlsCaFiles(List.of(folder.tlsCaCertificate()));
    }

    public DownloadRequest request(int index) {
        IssuedCertificate certificate = issued.get(index);
        char[] password = certificate.retrievalPassword();
        try {
            return new DownloadRequest(certificate.groupId(), certificate.certificateNumber(), password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    public DownloadRequest wrongPassword(int index) {
        IssuedCertificate certificate = issued.get(index);
        return new DownloadRequest(certificate.groupId(), certificate.certificateNumber(), "Wrong-Password-1".toCharArray());
    }

    /** Short deadlines so that failure tests end quickly: connect 2 s, response 2 s, overall 5 s, backoff 100 ms. */
    public static ClientSettings fast() {
        return ClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(3, Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    /** Opens a downloaded PKCS#12 with the retrieval password, as a user's platform would. */
    public X509Certificate openLeaf(byte[] pkcs12, int index) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(pkcs12), issued.get(index).retrievalPassword());
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        portal.close();
        issued.forEach(IssuedCertificate::clear);
    }
}

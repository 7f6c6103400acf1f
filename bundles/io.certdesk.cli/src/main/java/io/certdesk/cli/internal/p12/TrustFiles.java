package io.certdesk.cli.internal.p12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.IssuerFetchSettings;
import io.certdesk.crypto.TrustSettings;
import org.eclipse.osgi.util.NLS;

/** Trust settings from the command line: CA certificate files (PEM or DER), pin, AIA downloads. */
final class TrustFiles {

    private TrustFiles() {
    }

    static TrustSettings settings(List<Path> trustFiles, String rootSha256, boolean offline) {
        TrustSettings.Builder builder = TrustSettings.builder().trusted(read(trustFiles))
                .fetch(offline ? IssuerFetchSettings.disabled() : IssuerFetchSettings.defaults(ProxySettings.direct()));
        if (rootSha256 != null) {
            try {
                builder.pinnedRootSha256(rootSha256);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.badFingerprint, rootSha256), e);
            }
        }
        return builder.build();
    }

    private static List<X509Certificate> read(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
                    certificates.add((X509Certificate) certificate);
                }
            } catch (IOException | CertificateException | RuntimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file), e);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file));
            }
        }
        return certificates;
    }
}

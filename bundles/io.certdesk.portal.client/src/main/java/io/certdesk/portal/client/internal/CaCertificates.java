package io.certdesk.portal.client.internal;

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

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.PortalClientException;

/** Reads CA certificate files: PEM (one or more certificates) or DER. */
public final class CaCertificates {

    private CaCertificates() {
    }

    public static List<X509Certificate> read(List<Path> files) throws PortalClientException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                int before = certificates.size();
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
                    certificates.add((X509Certificate) certificate);
                }
                if (certificates.size() == before) {
                    throw new CertificateException("no certificate in the file"); //$NON-NLS-1$
                }
            } catch (IOException | CertificateException | ClassCastException e) {
                throw new PortalClientException(ErrorCode.COMM_INIT_FAILED,
                        "The CA certificate file " + file + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return certificates;
    }
}

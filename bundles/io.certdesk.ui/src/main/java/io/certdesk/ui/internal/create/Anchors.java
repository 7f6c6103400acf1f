package io.certdesk.ui.internal.create;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.osgi.util.NLS;

/**
 * The trust anchors a new workspace verifies chains against, read from what the administrator chose: CA certificate
 * files (PEM or DER), the issuing CA files a portal profile names ({@code issuer.ca.files}, with its expected root when
 * that is a SHA-256 fingerprint), or a pinned root fingerprint. Failures are {@link IllegalArgumentException}s whose
 * message names the file and what to do.
 */
final class Anchors {

    private static final Pattern SHA256 = Pattern.compile("[0-9A-F]{40}|[0-9A-F]{64}"); //$NON-NLS-1$

    private Anchors() {
    }

    /** The certificates in a PEM or DER file; at least one. */
    static List<X509Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> result = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in) //$NON-NLS-1$
                    .forEach(c -> result.add((X509Certificate) c));
            if (result.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileEmpty, file));
            }
            return result;
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file, e.getMessage()), e);
        }
    }

    /** The issuing CA certificates and the pinned root a portal profile names. */
    static ProfileTrust ofProfile(Path file) {
        PortalProfile profile;
        WorkspaceTrust trust;
        try {
            profile = PortalProfiles.load(file);
            trust = WorkspaceTrust.fromProfile(profile); // the same reading workspace init does
        } catch (PortalClientException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!trust.hasAnchor()) {
            throw new IllegalArgumentException(NLS.bind(Messages.trustProfileEmpty, file));
        }
        return new ProfileTrust(file.toAbsolutePath(), profile.name(), trust, profile.renewalWindowDays());
    }

    /** A SHA-1 thumbprint or SHA-256 fingerprint as upper-case hex without separators, when the text is one (colons, spaces allowed). */
    static Optional<String> fingerprint(String text) {
        String hex = text.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return SHA256.matcher(hex).matches() ? Optional.of(hex) : Optional.empty();
    }

    /** What a portal profile contributes (the workspace keeps the profile: its runs download from that portal). */
    record ProfileTrust(Path file, String name, WorkspaceTrust trust, int renewalWindowDays) {
    }
}

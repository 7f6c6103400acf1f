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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The trust options of {@code p12 inspect} and {@code p12 convert} (a picocli mixin): CA certificate files
 * (PEM or DER) and a root fingerprint (SHA-1 thumbprint or SHA-256) as trust anchors, and the hosts, proxy and
 * switch of AIA downloads (off unless a host is allowed).
 */
final class TrustFiles {

    @Option(names = "--trust", paramLabel = "CA.pem", descriptionKey = "p12.trust")
    List<Path> trust = new ArrayList<>();

    @Option(names = { "--root-fingerprint", "--root-sha256" }, paramLabel = "HEX", descriptionKey = "p12.root-fingerprint")
    String rootFingerprint;

    @Option(names = "--fetch-host", paramLabel = "HOST[:PORT]", descriptionKey = "p12.fetch-host")
    List<String> fetchHosts = new ArrayList<>();

    @Option(names = "--proxy", paramLabel = "HOST:PORT", descriptionKey = "p12.proxy")
    String proxy;

    @Option(names = "--system-proxy", descriptionKey = "p12.system-proxy")
    boolean systemProxy;

    @Option(names = "--offline", descriptionKey = "p12.offline")
    boolean offline;

    /** The trust settings; a usage error names the option that is wrong. */
    TrustSettings settings(CommandSpec spec, boolean acceptNoAnchor) {
        try {
            TrustSettings.Builder builder = TrustSettings.builder().trusted(read(trust)).fetch(fetch(spec));
            if (rootFingerprint != null) {
                try {
                    builder.pinnedRoot(rootFingerprint);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(NLS.bind(Messages.badFingerprint, rootFingerprint), e);
                }
            }
            if (acceptNoAnchor) {
                builder.acceptNoAnchor();
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private IssuerFetchSettings fetch(CommandSpec spec) {
        if (proxy != null && systemProxy) {
            throw new ParameterException(spec.commandLine(), Messages.proxyTwice);
        }
        if (offline || fetchHosts.isEmpty()) {
            return IssuerFetchSettings.disabled();
        }
        for (String host : fetchHosts) {
            try {
                IssuerFetchSettings.host(host);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.badFetchHost, host), e);
            }
        }
        ProxySettings chosen = proxy != null ? ProxySettings.parseHostPort(proxy)
                : systemProxy ? ProxySettings.system() : ProxySettings.direct();
        return IssuerFetchSettings.allowing(fetchHosts, chosen);
    }

    private static List<X509Certificate> read(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            int before = certificates.size();
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
                    certificates.add((X509Certificate) certificate);
                }
            } catch (IOException | CertificateException | RuntimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file), e);
            }
            if (certificates.size() == before) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file));
            }
        }
        return certificates;
    }
}

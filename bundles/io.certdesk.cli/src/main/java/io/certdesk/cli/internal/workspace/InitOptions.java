package io.certdesk.cli.internal.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.RootPin;
import io.certdesk.jobs.JobException;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The settings of a new workspace as a picocli mixin: iterations, renewal window, margin and the trust anchors (the
 * portal profile's issuer CAs and expected root, CA files, a pinned root fingerprint, the hosts AIA may reach).
 * {@code workspace init} and {@code run --init} take the same options (help keys {@code ws.*} in each area's help
 * bundle), and both refuse a workspace without an anchor before the passphrase is asked for.
 */
public final class InitOptions {

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "ws.iterations")
    int iterations = ExportProfile.DEFAULT_ITERATIONS;

    @Option(names = "--renewal-days", paramLabel = "DAYS", descriptionKey = "ws.renewal-days")
    int renewalDays = 28;

    @Option(names = "--margin-hours", paramLabel = "H", descriptionKey = "ws.margin-hours")
    int marginHours = 6;

    @Option(names = "--trust", paramLabel = "CA.pem", descriptionKey = "ws.trust")
    List<Path> trust = new ArrayList<>();

    @Option(names = { "--root-fingerprint", "--root-sha256" }, paramLabel = "HEX", descriptionKey = "ws.root-fingerprint")
    String rootFingerprint;

    @Option(names = "--fetch-host", paramLabel = "HOST[:PORT]", descriptionKey = "ws.fetch-host")
    List<String> fetchHosts = new ArrayList<>();

    @Option(names = "--offline", descriptionKey = "ws.offline")
    boolean offline;

    /**
     * The settings these options describe with the export profile {@code profile} (each command names that option
     * itself), after {@code configure} (the command's configuration options, e.g. the portal profile whose issuer
     * CAs become anchors); a bad value is a usage error of {@code spec}'s command.
     *
     * @throws JobException when the settings have no trust anchor (309) or the portal profile cannot be read
     */
    public WorkspaceSettings settings(CommandSpec spec, String profile, UnaryOperator<WorkspaceSettings> configure,
            Path folder) throws JobException {
        WorkspaceSettings settings;
        try {
            ExportProfile chosen = ExportProfile.fromId(profile).orElseThrow(
                    () -> new IllegalArgumentException(NLS.bind(Messages.unknownProfile, profile)));
            WorkspaceSettings configured = configure.apply(WorkspaceSettings.defaults().withExport(chosen, iterations)
                    .withRenewalWindowDays(renewalDays).withWindowMargin(Duration.ofHours(marginHours)));
            settings = configured.withTrust(trust(configured.portalProfile()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (!settings.trust().hasAnchor()) {
            throw new JobException(ErrorCode.STORE_NO_TRUST_ANCHOR, NLS.bind(Messages.noTrustAnchor, folder), null);
        }
        return settings;
    }

    /**
     * The anchors: the portal profile's ({@code issuer.ca.files}, a fingerprint in {@code issuer.expected.root}), the CA
     * files and the pinned root; the profile's expected root name; AIA downloads only to the allowed hosts.
     */
    private WorkspaceTrust trust(Optional<Path> portalProfile) {
        WorkspaceTrust chosen;
        try {
            chosen = WorkspaceTrust.fromProfile(portalProfile.isPresent() ? PortalProfiles.load(portalProfile.get())
                    : PortalProfiles.reference());
        } catch (PortalClientException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<X509Certificate> trusted = new ArrayList<>();
        for (Path file : trust) {
            trusted.addAll(certificates(file));
        }
        chosen = chosen.withTrusted(trusted);
        if (rootFingerprint != null) {
            try {
                chosen = chosen.withPinnedRoot(RootPin.parse(rootFingerprint));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.badFingerprint, rootFingerprint), e);
            }
        }
        chosen = chosen.withFetch(chosen.fetchIssuers() || !fetchHosts.isEmpty(), fetchHosts);
        return offline ? chosen.withFetch(false, List.of()) : chosen;
    }

    private static List<X509Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> result = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in) //$NON-NLS-1$
                    .forEach(c -> result.add((X509Certificate) c));
            if (result.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file));
            }
            return result;
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.trustFileUnreadable, file), e);
        }
    }
}

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.RootPin;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk workspace init --workspace DIR}: creates a workspace with its passphrase and its configuration
 * (export, trust, renewal window, margin, and the options it shares with {@code workspace config}).
 */
@Command(name = "init", sortOptions = false, usageHelpAutoWidth = true)
final class InitCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    ConfigOptions config;

    @Option(names = "--profile", paramLabel = "modern|compat", descriptionKey = "ws.profile")
    String profile = ExportProfile.MODERN.id();

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

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            WorkspaceSettings settings = settings();
            if (!settings.trust().hasAnchor()) {
                // refused before the passphrase is asked for
                throw new JobException(ErrorCode.STORE_NO_TRUST_ANCHOR, NLS.bind(Messages.noTrustAnchor, workspace.folder), null);
            }
            char[] passphrase = context.passphrase(workspace).readNew();
            try (WorkspaceSession created = context.jobs.create(workspace.folder, passphrase, settings)) {
                config.applyStored(context.jobs, created);
                spec.commandLine().getOut().println(NLS.bind(Messages.created, created.folder(), settings.exportProfile().id()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return 0;
        } catch (WorkspaceException e) {
            return CliContext.failure(spec.commandLine().getErr(), e);
        } catch (JobException e) {
            return CliContext.failure(spec.commandLine().getErr(), e);
        }
    }

    private WorkspaceSettings settings() throws JobException {
        try {
            ExportProfile chosen = ExportProfile.fromId(profile).orElseThrow(
                    () -> new IllegalArgumentException(NLS.bind(Messages.unknownProfile, profile)));
            WorkspaceSettings configured = config.apply(WorkspaceSettings.defaults().withExport(chosen, iterations)
                    .withRenewalWindowDays(renewalDays).withWindowMargin(Duration.ofHours(marginHours)));
            return configured.withTrust(trust(configured.portalProfile()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * The anchors: the portal profile's ({@code issuer.ca.files}, a fingerprint in {@code issuer.expected.root}), the CA
     * files and the pinned root; the profile's expected root name; AIA downloads only to the allowed hosts.
     */
    private WorkspaceTrust trust(Optional<Path> portalProfile) throws JobException {
        WorkspaceTrust chosen;
        try {
            chosen = WorkspaceTrust.fromProfile(portalProfile.isPresent() ? PortalProfiles.load(portalProfile.get())
                    : PortalProfiles.reference());
        } catch (PortalClientException e) {
            throw new JobException(e.code(), e.getMessage(), e);
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

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

import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
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

    @Option(names = "--root-sha256", paramLabel = "HEX", descriptionKey = "ws.root-sha256")
    String rootSha256;

    @Option(names = "--offline", descriptionKey = "ws.offline")
    boolean offline;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        WorkspaceSettings settings = settings();
        try {
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

    private WorkspaceSettings settings() {
        try {
            ExportProfile chosen = ExportProfile.fromId(profile).orElseThrow(
                    () -> new IllegalArgumentException(NLS.bind(Messages.unknownProfile, profile)));
            List<X509Certificate> trusted = new ArrayList<>();
            for (Path file : trust) {
                trusted.addAll(certificates(file));
            }
            return config.apply(WorkspaceSettings.defaults().withExport(chosen, iterations).withRenewalWindowDays(renewalDays)
                    .withWindowMargin(Duration.ofHours(marginHours))
                    .withTrust(trusted, Optional.ofNullable(rootSha256), Optional.empty(), !offline));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
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

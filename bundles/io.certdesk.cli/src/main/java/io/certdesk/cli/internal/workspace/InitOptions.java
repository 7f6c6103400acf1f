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

import io.certdesk.crypto.ExportProfile;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The settings of a new workspace as a picocli mixin: iterations, renewal window, margin, trust
 * anchors. {@code workspace init} and {@code run --init} take the same options (help keys {@code ws.*} in each
 * area's help bundle).
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

    @Option(names = "--root-sha256", paramLabel = "HEX", descriptionKey = "ws.root-sha256")
    String rootSha256;

    @Option(names = "--offline", descriptionKey = "ws.offline")
    boolean offline;

    /**
     * The settings these options describe with the export profile {@code profile} (each command names that option
     * itself: {@code run} already has a {@code --profile}); a bad value is a usage error of {@code spec}'s command.
     */
    public WorkspaceSettings settings(CommandSpec spec, String profile) {
        try {
            ExportProfile chosen = ExportProfile.fromId(profile).orElseThrow(
                    () -> new IllegalArgumentException(NLS.bind(Messages.unknownProfile, profile)));
            List<X509Certificate> trusted = new ArrayList<>();
            for (Path file : trust) {
                trusted.addAll(certificates(file));
            }
            return WorkspaceSettings.defaults().withExport(chosen, iterations).withRenewalWindowDays(renewalDays)
                    .withWindowMargin(Duration.ofHours(marginHours))
                    .withTrust(trusted, Optional.ofNullable(rootSha256), Optional.empty(), !offline);
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

package io.certdesk.workspace;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.FriendlyNameTemplate;
import io.certdesk.crypto.IssuerFetchSettings;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.TrustSettings;

/**
 * The portal profile and export defaults a workspace keeps: renewal window (days before expiry when renewal
 * opens: 28 or 40 depending on the service), the margin before the 24-hour deadline under which downloaded but
 * unfinished entries are reported at risk, the default export profile and iterations, and what chains are
 * verified against (trusted CA certificates, pinned root, expected issuer, AIA downloads).
 */
public record WorkspaceSettings(int renewalWindowDays, Duration windowMargin, ExportProfile exportProfile,
        int exportIterations, List<X509Certificate> trustedCertificates, Optional<String> pinnedRootSha256,
        Optional<String> expectedIssuer, boolean fetchIssuers) {

    public WorkspaceSettings {
        if (renewalWindowDays < 1 || renewalWindowDays > 366) {
            throw new IllegalArgumentException("The renewal window is 1 to 366 days, not " + renewalWindowDays); //$NON-NLS-1$
        }
        Objects.requireNonNull(windowMargin, "windowMargin"); //$NON-NLS-1$
        if (windowMargin.isNegative() || windowMargin.compareTo(Workspace.DOWNLOAD_WINDOW) > 0) {
            throw new IllegalArgumentException("The window margin is 0 to 24 hours, not " + windowMargin); //$NON-NLS-1$
        }
        Objects.requireNonNull(exportProfile, "exportProfile"); //$NON-NLS-1$
        ExportOptions.builder(exportProfile).iterations(exportIterations);
        trustedCertificates = List.copyOf(trustedCertificates);
        Objects.requireNonNull(pinnedRootSha256, "pinnedRootSha256"); //$NON-NLS-1$
        Objects.requireNonNull(expectedIssuer, "expectedIssuer"); //$NON-NLS-1$
    }

    /** 28-day renewal window, 6-hour margin, modern profile at 10,000 iterations, nothing trusted, AIA on. */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(28, Duration.ofHours(6), ExportProfile.MODERN, ExportProfile.DEFAULT_ITERATIONS,
                List.of(), Optional.empty(), Optional.empty(), true);
    }

    public WorkspaceSettings withRenewalWindowDays(int days) {
        return new WorkspaceSettings(days, windowMargin, exportProfile, exportIterations, trustedCertificates,
                pinnedRootSha256, expectedIssuer, fetchIssuers);
    }

    public WorkspaceSettings withWindowMargin(Duration margin) {
        return new WorkspaceSettings(renewalWindowDays, margin, exportProfile, exportIterations, trustedCertificates,
                pinnedRootSha256, expectedIssuer, fetchIssuers);
    }

    public WorkspaceSettings withExport(ExportProfile profile, int iterations) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, profile, iterations, trustedCertificates,
                pinnedRootSha256, expectedIssuer, fetchIssuers);
    }

    public WorkspaceSettings withTrust(List<X509Certificate> trusted, Optional<String> rootSha256,
            Optional<String> issuer, boolean fetch) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations, trusted,
                rootSha256, issuer, fetch);
    }

    /** The crypto engine's view of the trust part. */
    public TrustSettings trustSettings() {
        TrustSettings.Builder builder = TrustSettings.builder().trusted(trustedCertificates)
                .fetch(fetchIssuers ? IssuerFetchSettings.defaults(ProxySettings.direct()) : IssuerFetchSettings.disabled());
        pinnedRootSha256.ifPresent(builder::pinnedRootSha256);
        expectedIssuer.ifPresent(name -> builder.expectedIssuer(new X500Principal(name)));
        return builder.build();
    }

    /** Export options for an entry: its own profile when it has one, else the workspace's. */
    public ExportOptions exportOptions(Optional<ExportProfile> entryProfile, String certificateNumber) {
        ExportProfile profile = entryProfile.orElse(exportProfile);
        return ExportOptions.builder(profile).iterations(exportIterations)
                .friendlyName(FriendlyNameTemplate.of("{cn} ({certNumber})", java.util.Map.of("certNumber", certificateNumber))) //$NON-NLS-1$ //$NON-NLS-2$
                .build();
    }
}

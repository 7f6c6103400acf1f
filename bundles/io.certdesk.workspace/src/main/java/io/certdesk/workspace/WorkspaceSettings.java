package io.certdesk.workspace;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.FriendlyNameTemplate;
import io.certdesk.crypto.TrustSettings;

/**
 * The portal profile and export defaults a workspace keeps: renewal window (days before expiry when renewal
 * opens: 28 or 40 depending on the service), the margin before the 24-hour deadline under which downloaded but
 * unfinished entries are reported at risk, the default export profile and iterations, and what chains are
 * verified against ({@link WorkspaceTrust}: the anchors chosen at creation, expected names, AIA hosts).
 */
public record WorkspaceSettings(int renewalWindowDays, Duration windowMargin, ExportProfile exportProfile,
        int exportIterations, WorkspaceTrust trust) {

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
        Objects.requireNonNull(trust, "trust"); //$NON-NLS-1$
    }

    /**
     * 28-day renewal window, 6-hour margin, modern profile at 10,000 iterations, nothing trusted yet: a workspace is
     * created only after {@link #withTrust} gave it an anchor.
     */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(28, Duration.ofHours(6), ExportProfile.MODERN, ExportProfile.DEFAULT_ITERATIONS,
                WorkspaceTrust.none());
    }

    public WorkspaceSettings withRenewalWindowDays(int days) {
        return new WorkspaceSettings(days, windowMargin, exportProfile, exportIterations, trust);
    }

    public WorkspaceSettings withWindowMargin(Duration margin) {
        return new WorkspaceSettings(renewalWindowDays, margin, exportProfile, exportIterations, trust);
    }

    public WorkspaceSettings withExport(ExportProfile profile, int iterations) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, profile, iterations, trust);
    }

    public WorkspaceSettings withTrust(WorkspaceTrust newTrust) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations, newTrust);
    }

    /** The crypto engine's view of the trust part; AIA downloads go through the given proxy. */
    public TrustSettings trustSettings(ProxySettings proxy) {
        return trust.toTrustSettings(proxy);
    }

    /** Export options for an entry: its own profile when it has one, else the workspace's. */
    public ExportOptions exportOptions(Optional<String> entryProfile, String certificateNumber) {
        ExportProfile profile = entryProfile.flatMap(ExportProfile::fromId).orElse(exportProfile);
        return ExportOptions.builder(profile).iterations(exportIterations)
                .friendlyName(FriendlyNameTemplate.of("{cn} ({certNumber})", java.util.Map.of("certNumber", certificateNumber))) //$NON-NLS-1$ //$NON-NLS-2$
                .build();
    }
}

package io.certdesk.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.FriendlyNameTemplate;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.TrustSettings;

/**
 * What a workspace keeps in its database: renewal window (days before expiry when renewal opens: 28 or 40
 * depending on the service), the margin before the 24-hour deadline under which downloaded but unfinished entries
 * are reported at risk, the default export profile and iterations, the rules for generated export passwords, how
 * CertDesk reaches the network (the proxy of downloads and AIA fetching; its password is never part of these
 * settings but the encrypted workspace secret {@value #PROXY_PASSWORD_SECRET}) and what chains are verified against
 * ({@link WorkspaceTrust}: the anchors chosen at creation, expected names, AIA hosts), and the portal profile file downloads
 * use (relative to the workspace folder or absolute; empty: the reference portal's built-in profile).
 */
public record WorkspaceSettings(int renewalWindowDays, Duration windowMargin, ExportProfile exportProfile,
        int exportIterations, WorkspaceTrust trust, PasswordPolicy passwordPolicy, ProxySettings proxy,
        Optional<Path> portalProfile) {

    /** The name of the workspace secret holding the proxy password. */
    public static final String PROXY_PASSWORD_SECRET = "proxy.password"; //$NON-NLS-1$

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
        Objects.requireNonNull(passwordPolicy, "passwordPolicy"); //$NON-NLS-1$
        proxy = Objects.requireNonNull(proxy, "proxy").withoutPassword(); //$NON-NLS-1$
        Objects.requireNonNull(portalProfile, "portalProfile"); //$NON-NLS-1$
    }

    /**
     * 28-day renewal window, 6-hour margin, modern profile at 10,000 iterations, nothing trusted yet (a workspace is
     * created only after {@link #withTrust} gave it an anchor), the default password policy, the system's proxy.
     */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(28, Duration.ofHours(6), ExportProfile.MODERN, ExportProfile.DEFAULT_ITERATIONS,
                WorkspaceTrust.none(), PasswordPolicy.defaults(), ProxySettings.system(), Optional.empty());
    }

    public WorkspaceSettings withRenewalWindowDays(int days) {
        return new WorkspaceSettings(days, windowMargin, exportProfile, exportIterations, trust, passwordPolicy,
                proxy, portalProfile);
    }

    public WorkspaceSettings withWindowMargin(Duration margin) {
        return new WorkspaceSettings(renewalWindowDays, margin, exportProfile, exportIterations, trust, passwordPolicy,
                proxy, portalProfile);
    }

    public WorkspaceSettings withExport(ExportProfile profile, int iterations) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, profile, iterations, trust, passwordPolicy,
                proxy, portalProfile);
    }

    /** Chains are verified against {@code newTrust} (a workspace is created and kept only with an anchor). */
    public WorkspaceSettings withTrust(WorkspaceTrust newTrust) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations, newTrust,
                passwordPolicy, proxy, portalProfile);
    }

    /** Generated export passwords follow {@code policy}. */
    public WorkspaceSettings withPasswordPolicy(PasswordPolicy policy) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations,
                trust, policy, proxy, portalProfile);
    }

    /** Downloads and AIA fetching go through {@code network} (its password, if any, is not kept). */
    public WorkspaceSettings withProxy(ProxySettings network) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations,
                trust, passwordPolicy, network, portalProfile);
    }

    /** Downloads use this portal profile file (relative to the workspace folder or absolute); empty: the reference one. */
    public WorkspaceSettings withPortalProfile(Optional<Path> file) {
        return new WorkspaceSettings(renewalWindowDays, windowMargin, exportProfile, exportIterations,
                trust, passwordPolicy, proxy, file);
    }

    /** One line for the audit log (never a secret: the proxy password is not part of these settings). */
    public String describe() {
        return exportProfile.id() + ", " + exportIterations + " iterations, renewal " + renewalWindowDays //$NON-NLS-1$ //$NON-NLS-2$
                + " days, margin " + windowMargin + ", passwords " + passwordPolicy.length() + ' ' //$NON-NLS-1$ //$NON-NLS-2$
                + passwordPolicy.classes().stream().sorted().map(Enum::name).toList() + ", trust " //$NON-NLS-1$
                + trust.trustedCertificates().size() + " certificates" //$NON-NLS-1$
                + trust.pinnedRoot().map(p -> ", pinned root " + p).orElse("") //$NON-NLS-1$ //$NON-NLS-2$
                + (trust.fetchIssuers() ? ", AIA from " + trust.fetchHosts() : ", no AIA") //$NON-NLS-1$ //$NON-NLS-2$
                + ", proxy " + proxy + ", portal profile " //$NON-NLS-1$ //$NON-NLS-2$
                + portalProfile.map(Path::toString).orElse("reference"); //$NON-NLS-1$
    }

    /**
     * The proxy with its password when it has a user and the password is stored (the workspace secret
     * {@value #PROXY_PASSWORD_SECRET}); the password array is wiped here, the caller closes the result.
     */
    public ProxySettings proxyWithPassword(Optional<char[]> password) {
        try {
            return proxy.user().isPresent() && password.isPresent()
                    ? proxy.withCredentials(proxy.user().get(), password.get())
                    : proxy;
        } finally {
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
    }

    /** The crypto engine's view of the trust part, AIA fetching through the proxy without a password. */
    public TrustSettings trustSettings() {
        return trustSettings(proxy);
    }

    /** The crypto engine's view of the trust part, AIA fetching through {@code network} (the proxy with its password). */
    public TrustSettings trustSettings(ProxySettings network) {
        return trust.toTrustSettings(network);
    }

    /** Export options for an entry: its own profile when it has one, else the workspace's. */
    public ExportOptions exportOptions(Optional<ExportProfile> entryProfile, String certificateNumber) {
        ExportProfile profile = entryProfile.orElse(exportProfile);
        return ExportOptions.builder(profile).iterations(exportIterations)
                .friendlyName(FriendlyNameTemplate.of("{cn} ({certNumber})", java.util.Map.of("certNumber", certificateNumber))) //$NON-NLS-1$ //$NON-NLS-2$
                .build();
    }
}

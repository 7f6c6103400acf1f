package io.certdesk.jobs;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.portal.client.PortalProfile;

/**
 * The parts of a workspace's portal profile an administrator sets in the workbench: where the portal is, the CA files
 * its TLS connection is trusted with, the issuing CA files and the expected root. Everything else (form fields,
 * answers) stays as the profile file says. Written by {@link JobService#configurePortal}, checked by
 * {@link JobService#testConnection}.
 *
 * @param baseUrl       the portal's https base URL
 * @param tlsCaFiles    CA certificates trusted for the TLS connection besides the Java runtime's (absolute paths)
 * @param issuerCaFiles the service's issuing CA certificates (absolute paths)
 * @param expectedRoot  the root's subject, SHA-1 thumbprint or SHA-256 fingerprint; empty for none
 */
public record PortalSettings(URI baseUrl, List<Path> tlsCaFiles, List<Path> issuerCaFiles, Optional<String> expectedRoot) {

    public PortalSettings {
        Objects.requireNonNull(baseUrl, "baseUrl"); //$NON-NLS-1$
        tlsCaFiles = List.copyOf(tlsCaFiles);
        issuerCaFiles = List.copyOf(issuerCaFiles);
        Objects.requireNonNull(expectedRoot, "expectedRoot"); //$NON-NLS-1$
    }

    /** The portal parts of a profile. */
    public static PortalSettings of(PortalProfile profile) {
        return new PortalSettings(profile.baseUrl(), profile.tlsCaFiles(), profile.issuerCaFiles(), profile.expectedRoot());
    }

    /** {@code profile} with this base URL and TLS CA files (what a connection uses). */
    public PortalProfile applyTo(PortalProfile profile) {
        return profile.withBaseUrl(baseUrl).withTlsCaFiles(tlsCaFiles);
    }
}

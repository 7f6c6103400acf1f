package io.certdesk.portal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a reference portal's data folder. Everything secret (CA and TLS keys, password hashes,
 * the issued PKCS#12 files, rosters, the admin token) is owner-only: folders rwx------, files rw-------.
 *
 * <pre>
 * portal.properties          settings fixed at creation (repository URL, organisation)
 * ca/root.pem, ca/intermediate.pem                   the issuing CA certificates (public)
 * ca/root.key.pem, ca/intermediate.key.pem           their keys (secret)
 * tls/ca.pem                 the CA a client must trust to connect to the portal's HTTPS endpoint
 * tls/ca.key.pem             its key (secret); tls/server.pem: the TLS certificate served now
 * groups/G/users.properties  the users of group G
 * groups/G/NUMBER.properties the record of one certificate (password hash, download state)
 * groups/G/NUMBER.p12        the PKCS#12 served for it
 * rosters/                   the rosters written at provisioning, as the service would have mailed them
 * admin.token                the token the admin endpoints require
 * server.properties          written by a running portal: its base URL and ports
 * client-profile.properties  written by a running portal: a portal profile for certdesk fetch
 * </pre>
 */
public final class PortalDataFolder {

    private final Path root;

    public PortalDataFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize(); //$NON-NLS-1$
    }

    public Path root() {
        return root;
    }

    public Path settings() {
        return root.resolve("portal.properties"); //$NON-NLS-1$
    }

    public Path caFolder() {
        return root.resolve("ca"); //$NON-NLS-1$
    }

    public Path rootCertificate() {
        return caFolder().resolve("root.pem"); //$NON-NLS-1$
    }

    public Path intermediateCertificate() {
        return caFolder().resolve("intermediate.pem"); //$NON-NLS-1$
    }

    public Path tlsFolder() {
        return root.resolve("tls"); //$NON-NLS-1$
    }

    /** The CA certificate (PEM) a client adds to its trust to reach the portal over HTTPS. */
    public Path tlsCaCertificate() {
        return tlsFolder().resolve("ca.pem"); //$NON-NLS-1$
    }

    /** The TLS certificate the running portal serves (PEM). */
    public Path tlsServerCertificate() {
        return tlsFolder().resolve("server.pem"); //$NON-NLS-1$
    }

    public Path groupsFolder() {
        return root.resolve("groups"); //$NON-NLS-1$
    }

    public Path groupFolder(String groupId) {
        return groupsFolder().resolve(groupId);
    }

    public Path rostersFolder() {
        return root.resolve("rosters"); //$NON-NLS-1$
    }

    public Path adminToken() {
        return root.resolve("admin.token"); //$NON-NLS-1$
    }

    public Path serverInfo() {
        return root.resolve("server.properties"); //$NON-NLS-1$
    }

    public Path clientProfile() {
        return root.resolve("client-profile.properties"); //$NON-NLS-1$
    }
}

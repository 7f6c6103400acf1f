package io.certdesk.portal.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import io.certdesk.portal.PortalDataFolder;

/**
 * The settings a data folder keeps from its creation: the repository URL written into every certificate's
 * AIA extension (so the repository must be served there) and the organisation name of the subjects.
 */
public record PortalSettings(URI repositoryUrl, String organization) {

    public static final URI DEFAULT_REPOSITORY = URI.create("http://127.0.0.1:18080/repository/"); //$NON-NLS-1$
    public static final String DEFAULT_ORGANIZATION = "\u30b5\u30f3\u30d7\u30eb\u682a\u5f0f\u4f1a\u793e"; //$NON-NLS-1$ (sample company)

    private static final String REPOSITORY = "repository.url"; //$NON-NLS-1$
    private static final String ORGANIZATION = "organization"; //$NON-NLS-1$

    public PortalSettings {
        String text = repositoryUrl.toString();
        if (!"http".equals(repositoryUrl.getScheme()) || !text.endsWith("/") || repositoryUrl.getPort() < 1) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException("The repository URL must be http://HOST:PORT/PATH/ (plain HTTP, explicit port, ending in /): " + text); //$NON-NLS-1$
        }
    }

    public URI rootUrl() {
        return repositoryUrl.resolve("root.crt"); //$NON-NLS-1$
    }

    public URI intermediateUrl() {
        return repositoryUrl.resolve("intermediate.crt"); //$NON-NLS-1$
    }

    public static boolean exists(PortalDataFolder folder) {
        return Files.isRegularFile(folder.settings());
    }

    public static PortalSettings load(PortalDataFolder folder) throws IOException {
        Properties properties = PropertiesFiles.read(folder.settings());
        return new PortalSettings(URI.create(properties.getProperty(REPOSITORY, DEFAULT_REPOSITORY.toString()).strip()),
                properties.getProperty(ORGANIZATION, DEFAULT_ORGANIZATION).strip());
    }

    public void save(PortalDataFolder folder) throws IOException {
        PropertiesFiles.write(folder.settings(), Map.of(REPOSITORY, repositoryUrl.toString(), ORGANIZATION, organization,
                "created", Instant.now().toString()), //$NON-NLS-1$
                "CertDesk reference portal: settings fixed when the data folder was created.\n" //$NON-NLS-1$
                        + "repository.url is written into every certificate (AIA caIssuers): do not change it."); //$NON-NLS-1$
    }
}

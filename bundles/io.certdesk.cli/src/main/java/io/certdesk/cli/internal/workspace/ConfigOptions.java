package io.certdesk.cli.internal.workspace;

import java.nio.file.Path;
import java.util.Optional;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The configuration options shared by {@code workspace init} and {@code workspace config}: the portal profile and
 * the {@link SetupOptions} (proxy, generated passwords, mail settings). An option left out leaves that part as it is.
 */
final class ConfigOptions {

    /** The value of {@code --portal-profile} that goes back to the built-in reference profile. */
    static final String REFERENCE = "reference"; //$NON-NLS-1$

    @Option(names = "--portal-profile", paramLabel = "FILE|reference", descriptionKey = "ws.portal-profile")
    String portalProfile;

    @Mixin
    SetupOptions setup;

    /** Whether any option was given. */
    boolean any() {
        return portalProfile != null || setup.any();
    }

    /**
     * The settings with the given options applied.
     *
     * @throws IllegalArgumentException naming the option when a value is not valid
     */
    WorkspaceSettings apply(WorkspaceSettings settings) {
        WorkspaceSettings result = settings;
        if (portalProfile != null) {
            result = result.withPortalProfile(REFERENCE.equalsIgnoreCase(portalProfile.strip()) ? Optional.empty()
                    : Optional.of(Path.of(portalProfile).toAbsolutePath().normalize()));
        }
        return setup.apply(result);
    }

    /** Stores the proxy password and the mail settings, when given, in the open workspace. */
    void applyStored(JobService jobs, WorkspaceSession session) throws JobException {
        setup.applyStored(jobs, session);
    }

    /** For messages: the settings' portal profile as given, or {@value #REFERENCE}. */
    static String profileName(WorkspaceSettings settings) {
        return settings.portalProfile().map(Path::toString).orElse(REFERENCE);
    }

    /** Whether a stored proxy password is needed but missing. */
    static boolean proxyPasswordMissing(WorkspaceSettings settings, boolean stored) {
        return settings.proxy().user().isPresent() && !stored;
    }

}

package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;

/**
 * {@code --portal-profile FILE|reference} of the commands that download: the profile becomes the workspace's own
 * (stored in its settings), so that every later command of the workspace downloads with the same one.
 */
public final class PortalProfileOption {

    private PortalProfileOption() {
    }

    /** The profile file {@code value} names (absolute), or empty for {@code reference} (the built-in profile). */
    public static Optional<Path> parse(String value) {
        return ConfigOptions.REFERENCE.equalsIgnoreCase(value.strip()) ? Optional.empty()
                : Optional.of(Path.of(value).toAbsolutePath().normalize());
    }

    /** Makes {@code value} (when given) the workspace's portal profile and says so. */
    public static void apply(JobService jobs, WorkspaceSession session, String value, PrintWriter out) throws JobException {
        if (value == null) {
            return;
        }
        WorkspaceSettings current = jobs.configuration(session).settings();
        Optional<Path> wanted = parse(value);
        if (!wanted.equals(current.portalProfile())) {
            WorkspaceSettings changed = current.withPortalProfile(wanted);
            jobs.configure(session, changed);
            out.println(NLS.bind(Messages.portalProfileSet, ConfigOptions.profileName(changed)));
        }
    }
}

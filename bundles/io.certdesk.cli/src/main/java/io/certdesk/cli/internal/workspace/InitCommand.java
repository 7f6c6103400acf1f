package io.certdesk.cli.internal.workspace;

import java.util.Arrays;
import java.util.concurrent.Callable;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    InitOptions init;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            // refused before the passphrase is asked for when there is no trust anchor
            WorkspaceSettings settings = init.settings(spec, profile, config::apply, workspace.folder);
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
}

package io.certdesk.cli.internal.workspace;

import java.util.Arrays;
import java.util.concurrent.Callable;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
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
        WorkspaceSettings settings = config.apply(init.settings(spec, profile));
        try {
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

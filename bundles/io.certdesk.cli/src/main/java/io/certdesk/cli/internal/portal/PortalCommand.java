package io.certdesk.cli.internal.portal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk portal}: the reference issuing portal. Alone it shows its usage. */
@Command(name = "portal", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = { ProvisionCommand.class, ServeCommand.class })
public final class PortalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

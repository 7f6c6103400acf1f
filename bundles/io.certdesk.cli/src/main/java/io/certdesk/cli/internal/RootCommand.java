package io.certdesk.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk} itself: with no command it only shows the usage. */
@Command(name = "certdesk", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true, subcommandsRepeatable = false)
final class RootCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

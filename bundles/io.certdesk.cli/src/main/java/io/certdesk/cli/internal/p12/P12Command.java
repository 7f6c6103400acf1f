package io.certdesk.cli.internal.p12;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk p12}: without a subcommand it shows its usage. */
@Command(name = "p12", sortOptions = false, usageHelpAutoWidth = true)
final class P12Command implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.certdesk.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;

import io.certdesk.cli.CommandRunner;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk help [COMMAND [SUBCOMMAND]]}: the usage of the product or of one command. */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", descriptionKey = "help.command")
    private List<String> command = List.of();

    @Override
    public Integer call() {
        CommandLine root = spec.parent().commandLine();
        CommandLine target = root;
        for (String name : command) {
            target = target.getSubcommands().get(name);
            if (target == null) {
                root.getErr().println(NLS.bind(Messages.unknownCommand, String.join(" ", command))); //$NON-NLS-1$
                return CommandRunner.USAGE;
            }
        }
        target.usage(root.getOut());
        return CommandRunner.OK;
    }
}

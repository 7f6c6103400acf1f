package io.certdesk.cli.internal;

import java.util.concurrent.Callable;

import io.certdesk.cli.CommandRunner;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk help [COMMAND]}: the usage of the product or of one command. */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", descriptionKey = "help.command")
    private String command;

    @Override
    public Integer call() {
        CommandLine root = spec.parent().commandLine();
        if (command == null) {
            root.usage(root.getOut());
            return CommandRunner.OK;
        }
        CommandLine sub = root.getSubcommands().get(command);
        if (sub == null) {
            root.getErr().println(NLS.bind(Messages.unknownCommand, command));
            return CommandRunner.USAGE;
        }
        sub.usage(root.getOut());
        return CommandRunner.OK;
    }
}

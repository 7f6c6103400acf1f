package io.certdesk.cli.internal;

import java.util.concurrent.Callable;

import io.certdesk.cli.CommandRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk gui}: listed in the help. The application starts the workbench before the command
 * line is parsed, so this only runs when the runner is called directly (a test or another tool).
 */
@Command(name = "gui")
final class GuiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.guiFromCommandLine);
        return CommandRunner.FAILED;
    }
}

package io.certdesk.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.certdesk.cli.CommandRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk gui [--workspace DIR [--passphrase-file F]]}: listed in the help. The application starts the
 * workbench before the command line is parsed, so this only runs when the runner is called directly (a test or
 * another tool); the application hands the options to the workbench with {@link #passToWorkbench}.
 */
@Command(name = "gui")
final class GuiCommand implements Callable<Integer> {

    /** The workspace the workbench opens at start-up (read by io.certdesk.ui's WorkspaceAddon). */
    static final String WORKSPACE_PROPERTY = "certdesk.gui.workspace"; //$NON-NLS-1$
    /** The file holding that workspace's passphrase (read by io.certdesk.ui's WorkspaceAddon). */
    static final String PASSPHRASE_FILE_PROPERTY = "certdesk.gui.passphraseFile"; //$NON-NLS-1$

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "gui.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "gui.passphrase-file")
    Path passphraseFile;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.guiFromCommandLine);
        return CommandRunner.FAILED;
    }

    /**
     * Passes {@code --workspace} and {@code --passphrase-file} of the workbench's arguments to the workbench as system
     * properties (absolute paths). Arguments it does not know are left to the workbench. Without arguments (the usual
     * start) nothing is parsed: picocli's classes stay unloaded before the window shows (the framework's class
     * loaders are not in the class-data-sharing archive).
     */
    static void passToWorkbench(List<String> args) {
        if (args.isEmpty()) {
            return;
        }
        GuiCommand gui = new GuiCommand();
        CommandLine line = new CommandLine(gui);
        line.setUnmatchedArgumentsAllowed(true);
        line.parseArgs(args.toArray(String[]::new));
        if (gui.workspace != null) {
            System.setProperty(WORKSPACE_PROPERTY, gui.workspace.toAbsolutePath().toString());
        }
        if (gui.passphraseFile != null) {
            System.setProperty(PASSPHRASE_FILE_PROPERTY, gui.passphraseFile.toAbsolutePath().toString());
        }
    }
}

package io.certdesk.cli.internal.roster;

import java.util.Objects;

import io.certdesk.roster.RosterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk roster}: roster spreadsheet commands; alone it shows its usage. */
@Command(name = "roster", mixinStandardHelpOptions = true, subcommands = RosterCheckCommand.class)
public final class RosterCommand implements Runnable {

    private final RosterReader reader;

    @Spec
    private CommandSpec spec;

    public RosterCommand(RosterReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader"); //$NON-NLS-1$
    }

    RosterReader reader() {
        return reader;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

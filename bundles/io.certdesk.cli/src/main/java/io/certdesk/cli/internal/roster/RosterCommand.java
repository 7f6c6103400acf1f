package io.certdesk.cli.internal.roster;

import java.util.Objects;

import io.certdesk.jobs.JobService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk roster}: roster spreadsheet commands; alone it shows its usage. */
@Command(name = "roster", mixinStandardHelpOptions = true, subcommands = RosterCheckCommand.class)
public final class RosterCommand implements Runnable {

    private final JobService jobs;

    @Spec
    private CommandSpec spec;

    public RosterCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    JobService jobs() {
        return jobs;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

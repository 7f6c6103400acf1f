package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code certdesk report --workspace DIR --out result.xlsx}. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "batch.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "batch.passphrase-file")
    Path passphraseFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "batch.out")
    Path out;

    private final JobService jobs;

    public ReportCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
            Output.report(out, jobs.resultWorkbook(session, out), printer);
            Output.states(jobs.status(session).counts(), printer);
            return 0;
        } catch (JobException e) {
            if (e.rosterProblem().isPresent()) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            }
            return Output.failure(err, e.code(), e.getMessage());
        }
    }
}

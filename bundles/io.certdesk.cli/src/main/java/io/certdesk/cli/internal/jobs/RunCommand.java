package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.JobException;
import io.certdesk.cli.internal.workspace.PortalProfileOption;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.RosterException;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk run ROSTER --workspace DIR}: import, download, verify, export, deliver, report; resumable. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false)
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ROSTER", descriptionKey = "batch.roster")
    Path roster;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "batch.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "batch.passphrase-file")
    Path passphraseFile;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "batch.sheet")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "batch.mapping")
    Path mapping;

    @Option(names = { "--portal-profile", "--profile" }, paramLabel = "FILE|reference", descriptionKey = "batch.profile")
    String profile;

    @Option(names = "--dry-run", descriptionKey = "batch.dry-run")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "batch.run-out")
    Path out;

    private final JobService jobs;

    public RunCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "certdesk-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
            PortalProfileOption.apply(jobs, session, profile, printer);
            boolean ok = importRoster(session, printer);
            RunSummary summary = jobs.run(session, RunOptions.all(), Output.progress(printer), cancel);
            Output.pipeline(summary, printer);
            if (summary.storageFailure().isPresent()) {
                WorkspaceException e = summary.storageFailure().get();
                return Output.failure(err, e.code(), e.getMessage());
            }
            if (summary.cancelled()) {
                err.println(Messages.cancelled);
                return 1;
            }
            ok &= summary.counts().failed() == 0;
            if (dryRun || session.hasMailSettings()) {
                ok &= Output.delivered(jobs.deliver(session, dryRun ? DeliverOptions.writeToOutbox() : DeliverOptions.send(),
                        Output.progress(printer), cancel), printer);
            } else {
                printer.println(NLS.bind(Messages.deliverySkipped, workspace.resolve(JobService.MAIL_SETTINGS_FILE)));
            }
            Path target = out != null ? out : workspace.resolve("result-" //$NON-NLS-1$
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
            Output.report(target, jobs.resultWorkbook(session, target), printer);
            Output.states(jobs.status(session).counts(), printer);
            return ok ? 0 : 1;
        } catch (JobException e) {
            return Output.failure(err, e, roster);
        } catch (RosterException e) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }

    private boolean importRoster(WorkspaceSession session, PrintWriter printer) throws JobException, RosterException {
        var summary = jobs.importRoster(session, roster, ImportCommand.options(sheet, mapping));
        Output.imported(summary, session.folder(), printer);
        return summary.rejectedRows().isEmpty();
    }
}

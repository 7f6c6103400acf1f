package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

import io.certdesk.cli.internal.console.FailureDigest;
import io.certdesk.cli.internal.console.OutputMode;
import io.certdesk.cli.internal.console.StageProgress;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.PipelineOptions;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.RunSummary;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk download|verify|export}: runs pipeline stages through the job service ({@code JobService.run}, or
 * {@code retryFailed} with {@code --retry-failed}) with a progress display. Exit 0 when every entry handled reached
 * the stage, 1 when any failed, the run was cancelled (Ctrl+C) or storage failed.
 */
abstract class StageCommand implements Callable<Integer> {

    final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--network-threads", paramLabel = "N", descriptionKey = "ws.network-threads")
    int networkThreads = 4;

    @Option(names = "--cpu-threads", paramLabel = "N", descriptionKey = "ws.cpu-threads")
    int cpuThreads = PipelineOptions.defaultCpuThreads();

    @Option(names = "--retry-failed", descriptionKey = "ws.retry-failed")
    boolean retryFailed;

    @Option(names = "--portal-profile", paramLabel = "FILE|reference", descriptionKey = "ws.portal-profile")
    String portalProfile;

    StageCommand(CliContext context) {
        this.context = context;
    }

    abstract Set<PipelineStage> stages();

    /** After a run (export copies its files out). */
    void after(WorkspaceSession session, PrintWriter out) throws JobException {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunOptions options;
        try {
            // a stage on its own: no delivery follows it (the trust and folder checks still run before a download)
            options = RunOptions.all().withStages(stages()).withThreads(networkThreads, cpuThreads).withoutDelivery();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "certdesk-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try (WorkspaceSession session = context.session(workspace)) {
            PortalProfileOption.apply(context.jobs, session, portalProfile, out);
            StageProgress progress = new StageProgress(out, context.screen, OutputMode.HUMAN, stages(), new FailureDigest());
            RunSummary summary;
            try {
                summary = retryFailed ? context.jobs.retryFailed(session, options, progress, cancel)
                        : context.jobs.run(session, options, progress, cancel);
            } finally {
                progress.close();
            }
            out.println(NLS.bind(Messages.summary, new Object[] { Integer.toString(summary.counts().total()),
                    Integer.toString(summary.counts().downloaded()), Integer.toString(summary.counts().verified()),
                    Integer.toString(summary.counts().exported()), Integer.toString(summary.counts().failed()),
                    Integer.toString(summary.counts().skipped()) }));
            progress.report(err, Messages.fullListHint);
            if (summary.storageFailure().isPresent()) {
                return CliContext.failure(err, summary.storageFailure().get());
            }
            if (summary.cancelled()) {
                err.println(Messages.cancelled);
                return 1;
            }
            after(session, out);
            out.flush();
            return summary.counts().failed() == 0 ? 0 : 1;
        } catch (JobException e) {
            return CliContext.failure(err, e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }
}

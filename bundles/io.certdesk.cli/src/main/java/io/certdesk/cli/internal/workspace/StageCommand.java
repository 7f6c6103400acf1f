package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.PipelineOptions;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk download|verify|export}: runs pipeline stages with a progress display. Exit 0 when every entry
 * handled reached the stage, 1 when any failed, the run was cancelled (Ctrl+C) or storage failed.
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
    int cpuThreads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--retry-failed", descriptionKey = "ws.retry-failed")
    boolean retryFailed;

    StageCommand(CliContext context) {
        this.context = context;
    }

    abstract Set<PipelineStage> stages();

    /** After a run (export copies its files out). */
    void after(Workspace opened, PrintWriter out) throws WorkspaceException {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineOptions options;
        try {
            options = PipelineOptions.of(stages()).withThreads(networkThreads, cpuThreads).withRetryFailed(retryFailed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "certdesk-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try (Workspace opened = context.open(workspace)) {
            RunSummary summary = opened.pipeline(context.engine, context.source)
                    .run(options, new TerminalProgress(out, context.terminal), cancel);
            out.println(NLS.bind(Messages.summary, new Object[] { Integer.toString(summary.counts().total()),
                    Integer.toString(summary.counts().downloaded()), Integer.toString(summary.counts().verified()),
                    Integer.toString(summary.counts().exported()), Integer.toString(summary.counts().failed()),
                    Integer.toString(summary.counts().skipped()) }));
            if (summary.storageFailure().isPresent()) {
                return CliContext.failure(err, summary.storageFailure().get());
            }
            if (summary.cancelled()) {
                err.println(Messages.cancelled);
                return 1;
            }
            after(opened, out);
            out.flush();
            return summary.counts().failed() == 0 ? 0 : 1;
        } catch (WorkspaceException e) {
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

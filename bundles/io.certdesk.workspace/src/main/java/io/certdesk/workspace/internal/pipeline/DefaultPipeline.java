package io.certdesk.workspace.internal.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Pipeline;
import io.certdesk.workspace.PipelineListener;
import io.certdesk.workspace.PipelineOptions;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.DefaultWorkspace;
import io.certdesk.workspace.internal.Messages;

/**
 * Runs the stages with two bounded executors: downloads (and the durable store of what they fetched) on the
 * network executor, verification and export on the CPU executor (exports first: {@link QueuedStep}). Each entry starts from its last durable state;
 * every step commits before the next is submitted. Cancellation and a storage failure stop new steps; steps
 * under way finish their commit.
 */
public final class DefaultPipeline implements Pipeline {

    private final DefaultWorkspace workspace;
    private final Pkcs12Engine engine;
    private final Optional<CertificateSource> source;

    public DefaultPipeline(DefaultWorkspace workspace, Pkcs12Engine engine, Optional<CertificateSource> source) {
        this.workspace = workspace;
        this.engine = engine;
        this.source = source;
    }

    @Override
    public RunSummary run(PipelineOptions options, PipelineListener listener, CancelToken cancel) throws WorkspaceException {
        if (options.stages().contains(PipelineStage.DOWNLOAD) && source.isEmpty()) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, Messages.noCertificateSource);
        }
        Recovery.removeOrphanExports(workspace);
        if (options.retryFailed()) {
            for (Entry failed : workspace.recorder().inState(EntryState.FAILED)) {
                if (!options.includes(failed.id())) {
                    continue;
                }
                workspace.retry(failed.id());
            }
        }
        List<Entry> planned = new ArrayList<>();
        for (Entry entry : workspace.entries()) {
            if (options.includes(entry.id()) && firstStage(entry.state()).filter(options.stages()::contains).isPresent()) {
                planned.add(entry);
            }
        }
        Progress progress = new Progress(listener);
        progress.total(planned.size());
        CountDownLatch done = new CountDownLatch(planned.size());
        AtomicReference<WorkspaceException> storageFailure = new AtomicReference<>();
        ExecutorService network = Executors.newFixedThreadPool(options.networkThreads(), threads("certdesk-network")); //$NON-NLS-1$
        ExecutorService cpu = QueuedStep.executor(options.cpuThreads(), threads("certdesk-cpu")); //$NON-NLS-1$
        WorkspaceSettings settings = workspace.settings();
        try (ProxySettings proxy = proxy(settings)) {
            Steps steps = new Steps(workspace, engine, source, EnumSet.copyOf(options.stages()), progress, cancel,
                    storageFailure, network, cpu, settings, proxy);
            for (Entry entry : planned) {
                Job job = new Job(entry, done);
                try {
                    steps.start(job);
                } catch (RuntimeException | Error e) { // NOPMD: no thread for the step (out of memory): skip, never wait for it
                    progress.skipped();
                    job.end();
                }
            }
            done.await();
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
        } finally {
            network.shutdown();
            cpu.shutdown();
        }
        return new RunSummary(progress.counts(), cancel.isCancelled(), Optional.ofNullable(storageFailure.get()));
    }

    /** The workspace's proxy with its password (the workspace secret), for AIA fetching during this run. */
    private ProxySettings proxy(WorkspaceSettings settings) throws WorkspaceException {
        return settings.proxyWithPassword(settings.proxy().user().isPresent()
                ? workspace.secret(WorkspaceSettings.PROXY_PASSWORD_SECRET)
                : Optional.empty());
    }

    /** The stage an entry in this state goes through next. */
    static Optional<PipelineStage> firstStage(EntryState state) {
        return switch (state) {
            case IMPORTED -> Optional.of(PipelineStage.DOWNLOAD);
            case DOWNLOADED -> Optional.of(PipelineStage.VERIFY);
            case VERIFIED -> Optional.of(PipelineStage.EXPORT);
            default -> Optional.empty();
        };
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + '-' + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package io.certdesk.workspace.internal.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.DefaultWorkspace;
import io.certdesk.workspace.internal.EntryRecorder;
import io.certdesk.workspace.internal.Messages;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/**
 * The steps of one run. Each step checks the cancel token and the storage failure first, does its work, commits
 * the entry's new state, and submits the next step to the executor it belongs to. A step ends the job when the
 * entry reached the last requested stage, failed, or was skipped.
 */
final class Steps {

    private final DefaultWorkspace workspace;
    private final EntryRecorder recorder;
    private final Optional<CertificateSource> source;
    private final Set<PipelineStage> stages;
    private final Progress progress;
    private final CancelToken cancel;
    private final AtomicReference<WorkspaceException> storageFailure;
    private final ExecutorService network;
    private final ExecutorService cpu;
    private final CryptoSteps crypto;
    private final PipelineStage last;

    Steps(DefaultWorkspace workspace, Pkcs12Engine engine, Optional<CertificateSource> source, Set<PipelineStage> stages,
            Progress progress, CancelToken cancel, AtomicReference<WorkspaceException> storageFailure,
            ExecutorService network, ExecutorService cpu, WorkspaceSettings settings, ProxySettings proxy) {
        this.workspace = workspace;
        this.recorder = workspace.recorder();
        this.source = source;
        this.stages = stages;
        this.progress = progress;
        this.cancel = cancel;
        this.storageFailure = storageFailure;
        this.network = network;
        this.cpu = cpu;
        TrustSettings trust = settings.trustSettings(proxy);
        this.crypto = new CryptoSteps(workspace, engine, trust, settings);
        this.last = stages.stream().max(Enum::compareTo).orElseThrow();
    }

    void start(Job job) {
        PipelineStage first = DefaultPipeline.firstStage(job.entry.state()).orElseThrow();
        submit(job, first);
    }

    private void submit(Job job, PipelineStage stage) {
        Body body = switch (stage) {
            case DOWNLOAD -> () -> download(job);
            case VERIFY -> () -> verify(job);
            case EXPORT -> () -> export(job);
        };
        try {
            if (stage == PipelineStage.DOWNLOAD) {
                network.execute(() -> contained(job, stage, body));
            } else {
                cpu.execute(QueuedStep.of(stage, () -> contained(job, stage, body)));
            }
        } catch (RejectedExecutionException e) {
            progress.skipped();
            job.end();
        }
    }

    /**
     * The last line of defence of a worker thread: whatever escapes the step (an {@link Error} thrown again while
     * the failure was being recorded, a listener that keeps failing) still ends the job, so the run's latch is
     * counted down and {@code run} returns.
     */
    private void contained(Job job, PipelineStage stage, Body body) {
        try {
            guarded(job, stage, body);
        } catch (Throwable escaped) { // NOPMD: a step must never leave its job open, whatever it threw
            job.end();
        }
    }

    /** A step body that may fail with a storage error. */
    @FunctionalInterface
    private interface Body {
        void run() throws WorkspaceException;
    }

    private void guarded(Job job, PipelineStage stage, Body body) {
        if (cancel.isCancelled() || storageFailure.get() != null) {
            progress.skipped();
            job.end();
            return;
        }
        try {
            progress.started(job.entry, stage);
            body.run();
        } catch (WorkspaceException e) {
            if (e.code() == ErrorCode.STORE_CANNOT_WRITE) {
                storageFailure.compareAndSet(null, e);
            }
            progress.failed(job.entry, stage, e.code(), e.getMessage());
            job.end();
        } catch (RuntimeException | Error e) {
            // a defect or an exhausted stack or heap in this step: the entry fails, the others go on
            fail(job, stage, ErrorCode.UNKNOWN, NLS.bind(Messages.stepCrashed, e.getClass().getSimpleName(),
                    stage.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void next(Job job, PipelineStage done) {
        boolean end = done == last || !stages.contains(following(done));
        progress.finished(job.entry, done, end);
        if (end) {
            job.end();
        } else {
            submit(job, following(done));
        }
    }

    private static PipelineStage following(PipelineStage stage) {
        return PipelineStage.values()[Math.min(stage.ordinal() + 1, PipelineStage.values().length - 1)];
    }

    private void download(Job job) throws WorkspaceException {
        long id = job.entry.id();
        Vault vault = workspace.vault();
        Optional<Instant> started = recorder.downloadStartedAt(id);
        if (started.isPresent() && vault.exists(Vault.Kind.RAW, id)) {
            // stored by an interrupted run before its commit: adopt it, never fetch it twice
            byte[] stored = readStored(vault, id);
            job.entry = recorder.downloaded(id, Vault.sha256(stored), "", Optional.empty(), "recovered-stored-copy", true); //$NON-NLS-1$ //$NON-NLS-2$
            next(job, PipelineStage.DOWNLOAD);
            return;
        }
        recorder.beginDownload(id);
        DownloadResult result;
        char[] password = recorder.retrievalPassword(id);
        try (DownloadRequest request = new DownloadRequest(job.entry.groupId(), job.entry.certificateNumber(), password)) {
            Arrays.fill(password, '\0');
            result = source.orElseThrow().download(request);
        } catch (RuntimeException | Error e) {
            result = new DownloadResult.Failure(ErrorCode.UNKNOWN, NLS.bind(Messages.stepCrashed,
                    e.getClass().getSimpleName(), PipelineStage.DOWNLOAD.name().toLowerCase(java.util.Locale.ROOT)));
        } finally {
            Arrays.fill(password, '\0');
        }
        if (result instanceof DownloadResult.Failure failed) {
            if (failed.windowClosed()) {
                job.entry = recorder.windowPassed(id, failed.code(), failed.detail());
                progress.failed(job.entry, PipelineStage.DOWNLOAD, failed.code(), failed.detail());
                job.end();
            } else {
                fail(job, PipelineStage.DOWNLOAD, failed.code(), failed.detail());
            }
            return;
        }
        DownloadResult.Success downloaded = (DownloadResult.Success) result;
        String sha256;
        try {
            sha256 = vault.store(Vault.Kind.RAW, id, downloaded.pkcs12());
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE,
                    NLS.bind(Messages.cannotStoreDownload, job.entry.certificateNumber(), e.getMessage()), e);
        }
        job.entry = recorder.downloaded(id, sha256, downloaded.fileName(), downloaded.firstDownload(), "downloaded", true); //$NON-NLS-1$
        next(job, PipelineStage.DOWNLOAD);
    }

    private byte[] readStored(Vault vault, long id) throws WorkspaceException {
        try {
            return vault.read(Vault.Kind.RAW, id);
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotRead, workspace.folder(), e.getMessage()), e);
        }
    }

    private void verify(Job job) throws WorkspaceException {
        Optional<byte[]> raw = crypto.intactRaw(job.entry);
        if (raw.isEmpty()) {
            damaged(job, PipelineStage.VERIFY);
            return;
        }
        try {
            job.entry = crypto.verify(job, raw.get());
        } catch (Pkcs12Exception e) {
            fail(job, PipelineStage.VERIFY, e.code(), e.detail().orElse(e.code().message()));
            return;
        }
        if (job.entry.state() == EntryState.SUPERSEDED) {
            progress.finished(job.entry, PipelineStage.VERIFY, false);
            progress.skipped();
            job.end();
            return;
        }
        next(job, PipelineStage.VERIFY);
    }

    private void export(Job job) throws WorkspaceException {
        if (job.contents == null) {
            Optional<byte[]> raw = crypto.intactRaw(job.entry);
            if (raw.isEmpty()) {
                damaged(job, PipelineStage.EXPORT);
                return;
            }
            try {
                crypto.reread(job, raw.get());
            } catch (Pkcs12Exception e) {
                fail(job, PipelineStage.EXPORT, e.code(), e.detail().orElse(e.code().message()));
                return;
            }
        }
        try {
            job.entry = crypto.export(job);
        } catch (Pkcs12Exception e) {
            fail(job, PipelineStage.EXPORT, e.code(), e.detail().orElse(e.code().message()));
            return;
        }
        next(job, PipelineStage.EXPORT);
    }

    /** The stored raw copy is missing or damaged: download again within the window, else the window has passed. */
    private void damaged(Job job, PipelineStage stage) throws WorkspaceException {
        Entry entry = job.entry;
        String detail = NLS.bind(Messages.copyDamagedDetail, entry.certificateNumber());
        Instant deadline = entry.firstDownloadAt().orElse(Instant.MIN).plus(Workspace.DOWNLOAD_WINDOW);
        if (!workspace.clock().instant().isBefore(deadline)) {
            job.entry = recorder.windowPassed(entry.id(), ErrorCode.STORE_COPY_DAMAGED, detail);
            progress.failed(job.entry, stage, ErrorCode.STORE_COPY_DAMAGED, detail);
            job.end();
            return;
        }
        try {
            workspace.vault().delete(Vault.Kind.RAW, entry.id());
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, workspace.folder(), e.getMessage()), e);
        }
        job.entry = recorder.damagedCopy(entry.id(), detail);
        if (source.isPresent() && stages.contains(PipelineStage.DOWNLOAD) && !job.downloadedAgain) {
            job.downloadedAgain = true;
            submit(job, PipelineStage.DOWNLOAD);
        } else {
            progress.failed(job.entry, stage, ErrorCode.STORE_COPY_DAMAGED, detail);
            job.end();
        }
    }

    /** Records the failure and ends the job; the job ends even when recording or reporting fails. */
    private void fail(Job job, PipelineStage stage, ErrorCode code, String detail) {
        try {
            try {
                job.entry = recorder.failed(job.entry.id(), code, detail);
            } catch (WorkspaceException e) {
                if (e.code() == ErrorCode.STORE_CANNOT_WRITE) {
                    storageFailure.compareAndSet(null, e);
                }
            }
            progress.failed(job.entry, stage, code, detail);
        } finally {
            job.end();
        }
    }
}

package io.certdesk.workspace;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a run does: the stages, how many downloads run at once (network) and how many verifications and
 * exports (CPU), whether failed entries are retried first, and which entries take part (empty: all).
 */
public record PipelineOptions(Set<PipelineStage> stages, int networkThreads, int cpuThreads, boolean retryFailed,
        Set<Long> entryIds) {

    /** Most downloads at once: portals throttle and lock accounts. */
    public static final int MAX_NETWORK_THREADS = 16;

    public PipelineOptions {
        Objects.requireNonNull(stages, "stages"); //$NON-NLS-1$
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one stage"); //$NON-NLS-1$
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
        if (networkThreads < 1 || networkThreads > MAX_NETWORK_THREADS) {
            throw new IllegalArgumentException("Network threads must be 1 to " + MAX_NETWORK_THREADS + ", not " + networkThreads); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (cpuThreads < 1 || cpuThreads > 64) {
            throw new IllegalArgumentException("CPU threads must be 1 to 64, not " + cpuThreads); //$NON-NLS-1$
        }
        entryIds = Set.copyOf(Objects.requireNonNull(entryIds, "entryIds")); //$NON-NLS-1$
    }

    /** Options for every entry. */
    public PipelineOptions(Set<PipelineStage> stages, int networkThreads, int cpuThreads, boolean retryFailed) {
        this(stages, networkThreads, cpuThreads, retryFailed, Set.of());
    }

    /**
     * Verifications and exports at once by default: two per processor. Each step also waits for its fsyncs (the
     * stored file, its folder, the commit; 4 ms each at the median on our machines), and a second step per
     * processor derives keys meanwhile: 1.28x on verifying and exporting 200 entries on 2 cores (median of 3; six
     * steps at once were no faster).
     */
    public static int defaultCpuThreads() {
        return 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Every stage, 4 downloads at once, {@link #defaultCpuThreads()} verifications and exports. */
    public static PipelineOptions all() {
        return of(EnumSet.allOf(PipelineStage.class));
    }

    /** These stages with the default concurrency. */
    public static PipelineOptions of(Set<PipelineStage> stages) {
        return new PipelineOptions(stages, 4, defaultCpuThreads(), false);
    }

    public PipelineOptions withThreads(int network, int cpu) {
        return new PipelineOptions(stages, network, cpu, retryFailed, entryIds);
    }

    public PipelineOptions withRetryFailed(boolean retry) {
        return new PipelineOptions(stages, networkThreads, cpuThreads, retry, entryIds);
    }

    /** Only these entries (by workspace id) take part; an empty set means every entry. */
    public PipelineOptions withEntries(Set<Long> ids) {
        return new PipelineOptions(stages, networkThreads, cpuThreads, retryFailed, ids);
    }

    /** Whether the entry with this id takes part. */
    public boolean includes(long entryId) {
        return entryIds.isEmpty() || entryIds.contains(Long.valueOf(entryId));
    }
}

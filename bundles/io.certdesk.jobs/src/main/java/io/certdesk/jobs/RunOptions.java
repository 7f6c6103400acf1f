package io.certdesk.jobs;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.certdesk.workspace.PipelineOptions;
import io.certdesk.workspace.PipelineStage;

/**
 * What {@link JobService#run} does. Where downloads go (the portal profile) and how (the proxy) is not a run option
 * but the workspace's configuration ({@link JobService#configuration}), so that every run of a workspace uses the
 * same.
 *
 * @param stages         the stages to run (download, verify, export)
 * @param entryIds       the entries (workspace ids) that take part; empty: every entry
 * @param networkThreads downloads at once (1 to {@value PipelineOptions#MAX_NETWORK_THREADS})
 * @param cpuThreads     verifications and exports at once
 */
public record RunOptions(Set<PipelineStage> stages, Set<Long> entryIds, int networkThreads, int cpuThreads) {

    public RunOptions {
        stages = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(stages, "stages"))); //$NON-NLS-1$
        entryIds = Set.copyOf(Objects.requireNonNull(entryIds, "entryIds")); //$NON-NLS-1$
        new PipelineOptions(stages, networkThreads, cpuThreads, false); // checks the numbers and the stages
    }

    /** Every stage for every entry, default threads. */
    public static RunOptions all() {
        PipelineOptions defaults = PipelineOptions.all();
        return new RunOptions(EnumSet.allOf(PipelineStage.class), Set.of(), defaults.networkThreads(),
                defaults.cpuThreads());
    }

    public RunOptions withStages(Set<PipelineStage> chosen) {
        return new RunOptions(chosen, entryIds, networkThreads, cpuThreads);
    }

    public RunOptions withEntries(Set<Long> ids) {
        return new RunOptions(stages, ids, networkThreads, cpuThreads);
    }

    public RunOptions withThreads(int network, int cpu) {
        return new RunOptions(stages, entryIds, network, cpu);
    }

    /** The workspace pipeline's options for these. */
    public PipelineOptions pipelineOptions(boolean retryFailed) {
        return new PipelineOptions(stages, networkThreads, cpuThreads, retryFailed, entryIds);
    }
}

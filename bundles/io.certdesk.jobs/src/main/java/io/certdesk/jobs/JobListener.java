package io.certdesk.jobs;

/**
 * Receives the events of a run or a delivery, one at a time and in order.
 * <p>
 * Threads: pipeline events ({@code ENTRY_*}, {@code PROGRESS}) arrive on the pipeline's worker threads
 * ({@code certdesk-network-N} for downloads, {@code certdesk-cpu-N} for verify and export), serialised by the
 * pipeline's progress lock, so one event is delivered at a time and in the order the counts changed; only the first
 * {@code PROGRESS} event (the run's total) arrives on the thread that called {@link JobService#run}. Delivery events
 * arrive on the thread that called {@link JobService#deliver}. A UI face must hop to its own thread; a listener must
 * return quickly and must not call back into the service. A listener that throws does not stop the job.
 */
@FunctionalInterface
public interface JobListener {

    void event(JobEvent event);

    /** Ignores every event. */
    JobListener NONE = event -> {
        // nothing
    };
}

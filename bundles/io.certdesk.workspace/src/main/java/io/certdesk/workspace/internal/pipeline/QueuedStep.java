package io.certdesk.workspace.internal.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.certdesk.workspace.PipelineStage;

/**
 * A step waiting for the CPU executor. Later stages go first, then first come, first served: an entry verified is
 * exported soon after, so exported files come out from the start of a run, a verdict is still fresh when its export
 * uses it, and the key material of verified entries does not pile up in memory while the downloads outrun the CPU.
 */
record QueuedStep(PipelineStage stage, long order, Runnable body) implements Runnable, Comparable<QueuedStep> {

    private static final AtomicLong ORDER = new AtomicLong();

    static QueuedStep of(PipelineStage stage, Runnable body) {
        return new QueuedStep(stage, ORDER.incrementAndGet(), body);
    }

    /** A fixed pool of {@code threads} taking only {@link QueuedStep}s, the latest stage first. */
    static ExecutorService executor(int threads, ThreadFactory factory) {
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), factory);
    }

    @Override
    public void run() {
        body.run();
    }

    @Override
    public int compareTo(QueuedStep other) {
        int byStage = Integer.compare(other.stage.ordinal(), stage.ordinal());
        return byStage != 0 ? byStage : Long.compare(order, other.order);
    }
}

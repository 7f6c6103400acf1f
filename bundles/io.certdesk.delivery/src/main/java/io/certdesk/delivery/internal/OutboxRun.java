package io.certdesk.delivery.internal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryState;

/**
 * A dry run's parts, in the order of readiness: each message is built on the batch's thread (it reads the entry's
 * file and password) while the messages before it are encoded and written durably (an fsync each) on
 * {@link #WRITERS} writer threads; every outcome is settled on the batch's thread, in the batch's order, so the
 * ledger, the audit log and the listener see what a one-thread run would show. Their audit records are written in
 * groups ({@link BatchOutcomes#hold()}): whatever is settled before the batch's thread next waits for a writer, up
 * to {@value BatchOutcomes#MOST_HELD} at a time, with one commit (one fsync) instead of one each.
 */
final class OutboxRun {

    private static final int WRITERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Messages built but not yet settled at most (each holds its attachment). */
    private static final int IN_FLIGHT = 4 * WRITERS;

    private final OutboxWriter outbox;
    private final BatchOutcomes outcomes;
    private final DeliveryControl control;
    private final ArrayDeque<Future<Runnable>> unsettled = new ArrayDeque<>();
    private boolean interrupted;

    OutboxRun(OutboxWriter outbox, BatchOutcomes outcomes, DeliveryControl control) {
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.control = control;
    }

    void write(List<Job> jobs) {
        List<Job> ordered = jobs.stream().sorted(Comparator.comparing((Job j) -> j.readyAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
            Thread thread = new Thread(runnable, "certdesk-outbox"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        outcomes.hold();
        try {
            for (Job job : ordered) {
                unsettled.add(start(job, writers));
                settle(IN_FLIGHT);
            }
            settle(0);
        } finally {
            outcomes.release();
            writers.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Future<Runnable> start(Job job, ExecutorService writers) {
        if (job.readyAt == null) {
            return done(() -> outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.HELD,
                    job.to.getAddress(), null, Messages.heldFileNotAccepted));
        }
        if (control.isCancelled()) {
            return done(() -> outcomes.settle(job.item, job.part, DeliveryChannel.MAIL, DeliveryState.CANCELLED,
                    job.to.getAddress(), job.messageId, ErrorCode.CANCELLED, "")); //$NON-NLS-1$
        }
        OutboxWriter.Built built;
        try {
            built = outbox.build(job);
        } catch (DeliveryException e) {
            return done(() -> outbox.settle(new OutboxWriter.Failed(job, e)));
        } catch (RuntimeException | Error e) { // NOPMD: one broken part must not end the batch
            return done(() -> crashed(job, e));
        }
        return writers.submit(() -> {
            try {
                OutboxWriter.Outcome outcome = outbox.write(built);
                return () -> outbox.settle(outcome);
            } catch (RuntimeException | Error e) { // NOPMD: one broken part must not end the batch
                return () -> crashed(job, e);
            }
        });
    }

    /** Settles the finished parts at the head of the queue, waiting while more than {@code most} are unsettled. */
    private void settle(int most) {
        while (!unsettled.isEmpty() && (unsettled.size() > most || unsettled.peek().isDone())) {
            Future<Runnable> head = unsettled.peek();
            if (!head.isDone()) {
                outcomes.flush(); // record what is settled before waiting
            }
            try {
                Runnable settlement = head.get();
                unsettled.poll();
                settlement.run();
            } catch (InterruptedException e) {
                interrupted = true; // cancel what has not started; the parts under way finish and are settled
                control.cancel();
            } catch (ExecutionException e) {
                unsettled.poll(); // not reached: the writer's task returns every failure as a settlement
            }
        }
    }

    private void crashed(Job job, Throwable e) {
        outcomes.fail(job.item, job.part, job.to.getAddress(), "", Crashes.of(job.item, e)); //$NON-NLS-1$
    }

    private static Future<Runnable> done(Runnable settlement) {
        return CompletableFuture.completedFuture(settlement);
    }
}

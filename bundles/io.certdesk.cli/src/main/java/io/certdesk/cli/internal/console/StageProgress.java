package io.certdesk.cli.internal.console;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobListener;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.eclipse.osgi.util.NLS;

/**
 * The job service's events for people, drawn by the progressbar library: on a terminal one live line per stage
 * (download, verify, export; delivery) with counts, rate and time left; without a terminal one line for the whole
 * batch at most once a second. Failures and warnings are collected in a {@link FailureDigest}, printed once the
 * bars are closed, grouped by error. In {@link OutputMode#QUIET} and {@link OutputMode#JSON} nothing is drawn; the
 * digest is still collected. Events arrive one at a time (the job service serialises them).
 */
public final class StageProgress implements JobListener, AutoCloseable {

    /**
     * Columns of a progress line without a terminal: room for the counts of a batch of 10,000 and more in full
     * (the library trims what does not fit), with a bar beside them.
     */
    static final int PLAIN_WIDTH = 160;

    private final PrintWriter out;
    private final Screen screen;
    private final OutputMode mode;
    private final Set<PipelineStage> stages;
    private final FailureDigest digest;
    private final Map<PipelineStage, ProgressBar> stageBars = new EnumMap<>(PipelineStage.class);
    private ProgressBar batchBar;
    /** Whether the batch line has its counts (the library draws a line as soon as a bar is built). */
    private volatile boolean batchCounted;
    private ProgressBar deliveryBar;
    private PrintStream stream;

    public StageProgress(PrintWriter out, Screen screen, OutputMode mode, Set<PipelineStage> stages, FailureDigest digest) {
        this.out = Objects.requireNonNull(out, "out"); //$NON-NLS-1$
        this.screen = Objects.requireNonNull(screen, "screen"); //$NON-NLS-1$
        this.mode = Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
        this.stages = Set.copyOf(stages);
        this.digest = Objects.requireNonNull(digest, "digest"); //$NON-NLS-1$
    }

    /** The failures seen so far. */
    public FailureDigest digest() {
        return digest;
    }

    @Override
    public synchronized void event(JobEvent event) {
        switch (event.kind()) {
            case ENTRY_FAILED -> {
                digest.add(event.error().orElse(ErrorCode.UNKNOWN), event.stage().map(Names::stage).orElse(""), //$NON-NLS-1$
                        event.label(), event.detail());
                pipeline(event.counts());
            }
            case ENTRY_FINISHED, PROGRESS -> pipeline(event.counts());
            case DELIVERY_SETTLED -> delivery(event);
            case DELIVERY_WARNING -> digest.warn(event.label(), event.detail());
            default -> {
                // an entry starting a stage: the counts come with its end
            }
        }
    }

    private void pipeline(ProgressCounts counts) {
        if (mode != OutputMode.HUMAN || counts.total() == 0) {
            return;
        }
        if (!screen.terminal()) {
            if (batchBar == null) {
                batchBar = bar(Messages.batch, counts.total(), plain(() -> batchCounted));
            }
            batchBar.maxHint(counts.total());
            batchBar.stepTo(counts.done());
            batchBar.setExtraMessage(extra(NLS.bind(Messages.plainExtra, new Object[] { Integer.toString(counts.downloaded()),
                    Integer.toString(counts.verified()), Integer.toString(counts.exported()),
                    Integer.toString(counts.failed()) })));
            batchCounted = true;
            return;
        }
        for (PipelineStage stage : PipelineStage.values()) {
            if (stages.contains(stage)) {
                ProgressBar bar = stageBars.computeIfAbsent(stage, s -> bar(Names.stage(s), counts.total(), interactive()));
                bar.maxHint(counts.total());
                bar.stepTo(switch (stage) {
                    case DOWNLOAD -> counts.downloaded();
                    case VERIFY -> counts.verified();
                    case EXPORT -> counts.exported();
                });
                bar.setExtraMessage(counts.failed() == 0 ? "" : extra(NLS.bind(Messages.failedExtra, Integer.toString(counts.failed())))); //$NON-NLS-1$
            }
        }
    }

    /** The library writes the extra message straight after the rate ("12.5/s"); a space keeps the two apart. */
    private static String extra(String message) {
        return " " + message; //$NON-NLS-1$
    }

    private void delivery(JobEvent event) {
        DeliveryResult result = event.delivery().orElseThrow();
        if (result.error() != null || result.state() == DeliveryState.FAILED) {
            digest.add(result.error() == null ? ErrorCode.UNKNOWN : result.error(), Names.part(result.part()),
                    result.label(), result.detail());
        } else if (result.state() == DeliveryState.HELD) {
            digest.warn(result.label() + " (" + Names.part(result.part()) + ")", result.detail()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (mode != OutputMode.HUMAN || event.total() == 0) {
            return;
        }
        closePipelineBars();
        if (deliveryBar == null) {
            deliveryBar = bar(Messages.delivery, event.total(), screen.terminal() ? interactive() : plain(() -> true));
        }
        deliveryBar.maxHint(event.total());
        deliveryBar.stepTo(event.done());
    }

    private ProgressBar bar(String task, long total, ProgressBarConsumer consumer) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setConsumer(consumer)
                .showSpeed().setSpeedUnit(ChronoUnit.SECONDS);
        if (screen.terminal()) {
            builder.setUpdateIntervalMillis(200);
        } else {
            builder.setUpdateIntervalMillis(1000).setStyle(ProgressBarStyle.ASCII);
        }
        return builder.build();
    }

    /**
     * Lines for a log, once {@code ready}: the library renders its last state twice when a bar closes; one is
     * enough.
     */
    private ProgressBarConsumer plain(BooleanSupplier ready) {
        String[] last = { null };
        return new DelegatingProgressBarConsumer(line -> {
            String text = line.strip();
            if (ready.getAsBoolean() && !text.equals(last[0])) {
                last[0] = text;
                out.println(text);
                out.flush();
            }
        }, screen.width() > 0 ? screen.width() : PLAIN_WIDTH);
    }

    private ProgressBarConsumer interactive() {
        if (stream == null) {
            out.flush();
            stream = new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8);
        }
        return screen.width() > 0 ? new InteractiveConsoleProgressBarConsumer(stream, screen.width())
                : new InteractiveConsoleProgressBarConsumer(stream);
    }

    private void closePipelineBars() {
        stageBars.values().forEach(ProgressBar::close);
        stageBars.clear();
        if (batchBar != null) {
            batchBar.close();
            batchBar = null;
            batchCounted = false;
        }
    }

    /** Ends the lines being drawn (each shows its final count); the digest is printed by {@link #report}. */
    @Override
    public synchronized void close() {
        closePipelineBars();
        if (deliveryBar != null) {
            deliveryBar.close();
            deliveryBar = null;
        }
        if (stream != null) {
            stream.flush();
        }
        out.flush();
    }

    /**
     * Closes the bars and prints the failures: on standard output for people, on {@code err} when quiet; nothing in
     * JSON mode (the document carries them).
     */
    public void report(PrintWriter err, String fullList) {
        close();
        switch (mode) {
            case HUMAN -> digest.print(out, fullList);
            case QUIET -> digest.print(err, fullList);
            case JSON -> {
                // in the document
            }
        }
    }
}

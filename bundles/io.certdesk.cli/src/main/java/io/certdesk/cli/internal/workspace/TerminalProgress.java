package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobListener;
import io.certdesk.workspace.ProgressCounts;
import org.eclipse.osgi.util.NLS;

/**
 * The job service's run events on the terminal: a bar redrawn in place when a terminal is attached, plain lines
 * otherwise (every failure, and a count line every 10%). Failures never show a secret (the pipeline's details hold
 * none). Events arrive one at a time (the job service serialises them).
 */
final class TerminalProgress implements JobListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final Map<Long, String> numbers;
    private int lastDecile = -1;

    /** {@code numbers}: each entry's certificate number by workspace id, for the failure lines. */
    TerminalProgress(PrintWriter out, boolean terminal, Map<Long, String> numbers) {
        this.out = out;
        this.terminal = terminal;
        this.numbers = Map.copyOf(numbers);
    }

    @Override
    public void event(JobEvent event) {
        switch (event.kind()) {
            case ENTRY_FAILED -> {
                failed(event);
                progress(event.counts());
            }
            case ENTRY_FINISHED, PROGRESS -> progress(event.counts());
            default -> {
                // a stage starting, delivery: nothing to show
            }
        }
    }

    private void failed(JobEvent event) {
        if (terminal) {
            out.print('\r');
        }
        ErrorCode code = event.error().orElse(ErrorCode.UNKNOWN);
        out.println(NLS.bind(Messages.entryFailed, new Object[] {
                numbers.getOrDefault(Long.valueOf(event.entryId()), event.label()),
                event.stage().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""), //$NON-NLS-1$
                Integer.toString(code.code()), code.message(), event.detail() }));
        out.flush();
    }

    private void progress(ProgressCounts counts) {
        if (counts.total() == 0) {
            return;
        }
        int done = counts.done();
        if (terminal) {
            int filled = WIDTH * done / counts.total();
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + NLS.bind(Messages.progressLine, new Object[] { Integer.toString(done), Integer.toString(counts.total()),
                            Integer.toString(counts.downloaded()), Integer.toString(counts.verified()),
                            Integer.toString(counts.exported()), Integer.toString(counts.failed()) }));
            if (done == counts.total()) {
                out.println();
            }
            out.flush();
            return;
        }
        int decile = done * 10 / counts.total();
        if (decile != lastDecile) {
            lastDecile = decile;
            out.println(NLS.bind(Messages.progressLine, new Object[] { Integer.toString(done), Integer.toString(counts.total()),
                    Integer.toString(counts.downloaded()), Integer.toString(counts.verified()),
                    Integer.toString(counts.exported()), Integer.toString(counts.failed()) }));
            out.flush();
        }
    }
}

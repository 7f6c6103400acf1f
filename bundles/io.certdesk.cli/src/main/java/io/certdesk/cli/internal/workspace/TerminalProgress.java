package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.PipelineListener;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;
import org.eclipse.osgi.util.NLS;

/**
 * Progress on the terminal: a bar redrawn in place when a terminal is attached, plain lines otherwise (every
 * failure, and a count line every 10%). Failures never show a secret (the pipeline's details hold none).
 */
final class TerminalProgress implements PipelineListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastDecile = -1;

    TerminalProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void entryFailed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
        if (terminal) {
            out.print('\r');
        }
        out.println(NLS.bind(Messages.entryFailed, new Object[] { entry.certificateNumber(), stage.name().toLowerCase(java.util.Locale.ROOT),
                Integer.toString(code.code()), code.message(), detail }));
        out.flush();
    }

    @Override
    public void progress(ProgressCounts counts) {
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

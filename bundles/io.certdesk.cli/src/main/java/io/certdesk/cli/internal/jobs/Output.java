package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.certdesk.cli.internal.console.ErrorLines;
import io.certdesk.cli.internal.console.Names;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobException;
import io.certdesk.roster.Finding;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.ProgressCounts;
import io.certdesk.workspace.RunSummary;

/** How the job commands print what the {@link io.certdesk.jobs.JobService} did. */
final class Output {

    private Output() {
    }

    static void imported(ImportSummary summary, Path workspace, PrintWriter out) {
        for (Finding finding : summary.findings()) {
            out.println(NLS.bind(Messages.finding, finding.location(), finding.message()));
        }
        out.println(summary.summary());
        for (Integer row : summary.rejectedRows()) {
            out.println(NLS.bind(Messages.rejectedRow, row.toString()));
        }
        out.println(NLS.bind(Messages.imported, new Object[] { Integer.toString(summary.added()), workspace,
                Integer.toString(summary.alreadyPresent()) }));
        out.flush();
    }

    static void pipeline(RunSummary summary, PrintWriter out) {
        ProgressCounts c = summary.counts();
        out.println(NLS.bind(Messages.pipelineSummary, new Object[] { Integer.toString(c.total()),
                Integer.toString(c.downloaded()), Integer.toString(c.verified()), Integer.toString(c.exported()),
                Integer.toString(c.failed()), Integer.toString(c.skipped()) }));
        out.flush();
    }

    /** Whether every part went well; prints the template problems, or every settled part and the summary. */
    static boolean delivered(DeliverySummary summary, PrintWriter out) {
        if (!summary.templateFindings().isEmpty()) {
            summary.templateFindings().forEach(out::println);
            return false;
        }
        DeliveryReport report = summary.report().orElseThrow();
        out.println(NLS.bind(Messages.deliverySummary, new Object[] { report.count(DeliveryState.ACCEPTED),
                report.count(DeliveryState.WRITTEN), report.count(DeliveryState.ALREADY_DELIVERED),
                report.count(DeliveryState.HANDOUT_PENDING) + report.count(DeliveryState.MANUAL_PENDING),
                report.results().stream().filter(r -> r.error() != null || r.state() == DeliveryState.HELD).count(),
                Integer.valueOf(summary.settledEntries()) }));
        out.flush();
        return summary.clean();
    }

    static void report(Path target, int rows, PrintWriter out) {
        out.println(NLS.bind(Messages.reportWritten, target.toAbsolutePath(), Integer.toString(rows)));
        out.flush();
    }

    /** Prints the count of every state that has entries. */
    static void states(Map<EntryState, Integer> counts, PrintWriter out) {
        out.println(NLS.bind(Messages.states, counts.entrySet().stream().filter(e -> e.getValue().intValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Names.state(e.getKey()) + ' ' + e.getValue())
                .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        out.flush();
    }

    static int failure(PrintWriter err, ErrorCode code, String message) {
        err.println(ErrorLines.line(code, message));
        err.flush();
        return 1;
    }

    /** A roster the service refused, else the product error line. */
    static int failure(PrintWriter err, JobException e, Path roster) {
        if (!e.preflightProblems().isEmpty()) {
            err.println(e.getMessage()); // every problem with its code, rows and fix
            err.flush();
            return 1;
        }
        if (e.rosterProblem().isPresent()) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        }
        return failure(err, e.code(), e.getMessage());
    }
}

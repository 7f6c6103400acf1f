package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
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
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + ' ' + e.getValue())
                .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        out.flush();
    }

    static int failure(PrintWriter err, ErrorCode code, String message) {
        err.println(NLS.bind(Messages.failure, new Object[] { Integer.toString(code.code()), message, code.remedy() }));
        err.flush();
        return 1;
    }

    /** A roster the service refused, else the product error line. */
    static int failure(PrintWriter err, JobException e, Path roster) {
        if (e.rosterProblem().isPresent()) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        }
        return failure(err, e.code(), e.getMessage());
    }

    /** Plain progress lines: one per failed step, one per change of the step counts, one per settled delivery part. */
    static JobListener progress(PrintWriter out) {
        return new JobListener() {
            private int lastSteps = -1;

            @Override
            public void event(JobEvent event) {
                switch (event.kind()) {
                    case ENTRY_FAILED -> out.println(NLS.bind(Messages.entryFailed, new Object[] { event.label(),
                            event.stage().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""), //$NON-NLS-1$
                            event.error().map(c -> Integer.toString(c.code())).orElse(""), event.detail() })); //$NON-NLS-1$
                    case DELIVERY_SETTLED -> settled(event.delivery().orElseThrow(), out);
                    case DELIVERY_WARNING -> out.println(NLS.bind(Messages.deliveryWarning, event.label(), event.detail()));
                    default -> {
                        // counts below
                    }
                }
                if (event.kind() != JobEvent.Kind.DELIVERY_SETTLED && event.kind() != JobEvent.Kind.DELIVERY_WARNING) {
                    counts(event.counts());
                }
                out.flush();
            }

            private void counts(ProgressCounts counts) {
                int steps = counts.downloaded() + counts.verified() + counts.exported() + counts.failed();
                if (steps != lastSteps) {
                    lastSteps = steps;
                    out.println(NLS.bind(Messages.progress, new Object[] { Integer.toString(counts.done()),
                            Integer.toString(counts.total()), Integer.toString(counts.downloaded()),
                            Integer.toString(counts.verified()), Integer.toString(counts.exported()),
                            Integer.toString(counts.failed()) }));
                }
            }
        };
    }

    private static void settled(DeliveryResult result, PrintWriter out) {
        out.println(NLS.bind(Messages.deliveryLine, new Object[] { result.label(),
                result.part().displayName(), result.channel().displayName(), result.state().displayName(),
                result.error() == null ? result.recipient() : "[" + result.error().code() + "] " + result.detail() })); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

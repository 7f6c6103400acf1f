package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.internal.ResultReport;
import io.certdesk.jobs.internal.RosterImport;
import io.certdesk.jobs.internal.WorkspaceDelivery;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryOutcome;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.TemplateFinding;
import io.certdesk.roster.Finding;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.roster.RowStatus;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineListener;
import io.certdesk.workspace.PipelineOptions;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/** The steps of the main job, shared by {@code import}, {@code run}, {@code report} and {@code demo}. */
final class BatchSteps {

    private BatchSteps() {
    }

    /** Reads the roster, prints its findings and imports the usable rows; returns the number of rejected rows. */
    static long importRoster(RosterReader reader, Workspace workspace, Path roster, ImportOptions options,
            PrintWriter out) throws RosterException, WorkspaceException {
        ImportResult result = reader.read(roster, options);
        try {
            for (Finding finding : result.findings()) {
                out.println(NLS.bind(Messages.finding, finding.location(), finding.message()));
            }
            for (RosterEntry entry : result.entries()) {
                for (Finding finding : entry.findings()) {
                    out.println(NLS.bind(Messages.finding, finding.location(), finding.message()));
                }
            }
            out.println(result.summary());
            for (RosterEntry entry : result.entries()) {
                if (entry.status() == RowStatus.REJECTED) {
                    out.println(NLS.bind(Messages.rejectedRow, Integer.toString(entry.row())));
                }
            }
            List<EntryDraft> drafts = RosterImport.drafts(result);
            io.certdesk.workspace.ImportResult imported = workspace.importEntries(drafts);
            out.println(NLS.bind(Messages.imported, new Object[] { Integer.toString(imported.added().size()),
                    workspace.folder(), Integer.toString(imported.alreadyPresent().size()) }));
            out.flush();
            return result.rejected();
        } finally {
            result.clearSecrets();
        }
    }

    /** Download (when a source is given), verify and export. */
    static RunSummary pipeline(Workspace workspace, Pkcs12Engine engine, CertificateSource source, PrintWriter out,
            CancelToken cancel) throws WorkspaceException {
        RunSummary summary = workspace.pipeline(engine, java.util.Optional.ofNullable(source))
                .run(PipelineOptions.all(), new Progress(out), cancel);
        ProgressCounts c = summary.counts();
        out.println(NLS.bind(Messages.pipelineSummary, new Object[] { Integer.toString(c.total()),
                Integer.toString(c.downloaded()), Integer.toString(c.verified()), Integer.toString(c.exported()),
                Integer.toString(c.failed()), Integer.toString(c.skipped()) }));
        out.flush();
        return summary;
    }

    /** Delivers the exported entries (or writes them to the outbox); returns whether every part went well. */
    static boolean deliver(WorkspaceDelivery delivery, boolean dryRun, PrintWriter out) throws DeliveryException {
        DeliveryEngine engine = new DeliveryEngine(delivery.settings(), delivery.ledger(), delivery.audit());
        List<TemplateFinding> findings = engine.checkTemplates();
        if (!findings.isEmpty()) {
            findings.forEach(out::println);
            return false;
        }
        DeliveryOptions options = dryRun ? DeliveryOptions.dryRun(delivery.outbox()) : DeliveryOptions.send();
        DeliveryListener listener = new DeliveryListener() {
            @Override
            public void settled(DeliveryResult result, int done, int total) {
                out.println(NLS.bind(Messages.deliveryLine, new Object[] { result.label(),
                        result.part().name().toLowerCase(java.util.Locale.ROOT),
                        result.channel().name().toLowerCase(java.util.Locale.ROOT),
                        result.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        result.error() == null ? result.recipient() : "[" + result.error().code() + "] " + result.detail() })); //$NON-NLS-1$ //$NON-NLS-2$
                out.flush();
            }

            @Override
            public void warning(String label, String message) {
                out.println(NLS.bind(Messages.deliveryWarning, label, message));
            }
        };
        DeliveryReport report = engine.deliver(delivery.source().items(), options, listener,
                new io.certdesk.delivery.DeliveryControl());
        int moved = delivery.settleDelivered();
        out.println(NLS.bind(Messages.deliverySummary, new Object[] { report.count(DeliveryOutcome.SENT),
                report.count(DeliveryOutcome.WRITTEN), report.count(DeliveryOutcome.ALREADY_DELIVERED),
                report.count(DeliveryOutcome.HANDOUT_PENDING) + report.count(DeliveryOutcome.MANUAL_PENDING),
                report.results().stream().filter(r -> r.error() != null || r.outcome() == DeliveryOutcome.HELD).count(),
                Integer.valueOf(moved) }));
        out.flush();
        return !report.hasProblems();
    }

    /** Writes the result workbook. */
    static void report(WorkspaceDelivery delivery, Path target, PrintWriter out)
            throws WorkspaceException, DeliveryException, RosterException {
        int rows = ResultReport.write(delivery, target);
        out.println(NLS.bind(Messages.reportWritten, target.toAbsolutePath(), Integer.toString(rows)));
        out.flush();
    }

    /** Prints the count of every state that has entries. */
    static Map<EntryState, Integer> states(Workspace workspace, PrintWriter out) throws WorkspaceException {
        Map<EntryState, Integer> counts = workspace.counts();
        out.println(NLS.bind(Messages.states, counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + ' ' + e.getValue())
                .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        out.flush();
        return counts;
    }

    static int failure(PrintWriter err, ErrorCode code, String message) {
        err.println(NLS.bind(Messages.failure, new Object[] { Integer.toString(code.code()), message, code.remedy() }));
        err.flush();
        return 1;
    }

    /** Plain progress lines (one per finished or failed entry step). */
    private static final class Progress implements PipelineListener {
        private final PrintWriter out;
        private int lastDone = -1;

        Progress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void entryFailed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
            out.println(NLS.bind(Messages.entryFailed, new Object[] { entry.certificateNumber(), entry.name(),
                    stage.name().toLowerCase(java.util.Locale.ROOT), Integer.toString(code.code()), detail }));
            out.flush();
        }

        @Override
        public void progress(ProgressCounts counts) {
            int steps = counts.downloaded() + counts.verified() + counts.exported() + counts.failed();
            if (steps != lastDone) {
                lastDone = steps;
                out.println(NLS.bind(Messages.progress, new Object[] { Integer.toString(counts.done()),
                        Integer.toString(counts.total()), Integer.toString(counts.downloaded()),
                        Integer.toString(counts.verified()), Integer.toString(counts.exported()),
                        Integer.toString(counts.failed()) }));
                out.flush();
            }
        }
    }
}

package io.certdesk.cli.internal.delivery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.certdesk.cli.internal.jobs.Sessions;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.CancelToken;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk deliver --workspace DIR [--dry-run] [--only-file|--only-password]} and
 * {@code certdesk deliver --workspace DIR --confirm-unknown [--delivered ID]... [--resend ID]...}: a thin adapter
 * over {@link JobService#deliver}, {@link JobService#unknownSends} and {@link JobService#confirmSend}.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true)
public final class DeliverCommand implements Callable<Integer> {

    /** What the ledger's note says about an answer given here. */
    static final String CONFIRM_NOTE = "certdesk deliver --confirm-unknown"; //$NON-NLS-1$

    /** At most one of the two. */
    static final class Only {
        @Option(names = "--only-file", required = true)
        boolean file;

        @Option(names = "--only-password", required = true)
        boolean password;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "certdesk.deliver.passphrase-file")
    Path passphraseFile;

    @Option(names = "--dry-run")
    boolean dryRun;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Only only;

    @Option(names = "--confirm-unknown")
    boolean confirmUnknown;

    @Option(names = "--delivered", paramLabel = "MESSAGE-ID")
    List<String> delivered = new ArrayList<>();

    @Option(names = "--resend", paramLabel = "MESSAGE-ID")
    List<String> resend = new ArrayList<>();

    private final JobService jobs;

    public DeliverCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() throws JobException {
        PrintWriter out = spec.commandLine().getOut();
        if (!confirmUnknown && (!delivered.isEmpty() || !resend.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.confirmNeedsOption);
        }
        try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
            return confirmUnknown ? confirm(session, out) : deliver(session, out);
        }
    }

    private int confirm(WorkspaceSession session, PrintWriter out) throws JobException {
        for (String id : delivered) {
            jobs.confirmSend(session, id, true, CONFIRM_NOTE);
            out.println(NLS.bind(Messages.confirmedDelivered, id));
        }
        for (String id : resend) {
            jobs.confirmSend(session, id, false, CONFIRM_NOTE);
            out.println(NLS.bind(Messages.confirmedResend, id));
        }
        List<DeliveryResult> unknown = jobs.unknownSends(session);
        if (unknown.isEmpty()) {
            out.println(Messages.noUnknownSends);
            return 0;
        }
        out.println(NLS.bind(Messages.unknownSendsHeader, unknown.size()));
        for (DeliveryResult record : unknown) {
            out.println(NLS.bind(Messages.unknownSendLine, new Object[] { record.messageId(), record.entryId(),
                    record.part().displayName(), record.recipient(), record.time() }));
        }
        out.println(Messages.unknownSendsHint);
        return delivered.isEmpty() && resend.isEmpty() ? 1 : 0;
    }

    private int deliver(WorkspaceSession session, PrintWriter out) throws JobException {
        EnumSet<DeliveryPart> parts = EnumSet.allOf(DeliveryPart.class);
        if (only != null) {
            parts = EnumSet.of(only.file ? DeliveryPart.FILE : DeliveryPart.PASSWORD);
        }
        DeliverOptions options = (dryRun ? DeliverOptions.writeToOutbox() : DeliverOptions.send()).withParts(parts);
        DeliverySummary summary = jobs.deliver(session, options, listener(out), new CancelToken());
        if (!summary.templateFindings().isEmpty()) {
            summary.templateFindings().forEach(f -> spec.commandLine().getErr().println(f));
            return 1;
        }
        DeliveryReport report = summary.report().orElseThrow();
        out.println(NLS.bind(Messages.summary, new Object[] { report.count(DeliveryState.ACCEPTED),
                report.count(DeliveryState.WRITTEN), report.count(DeliveryState.ALREADY_DELIVERED),
                report.count(DeliveryState.HANDOUT_PENDING) + report.count(DeliveryState.MANUAL_PENDING),
                report.results().stream().filter(r -> r.error() != null || r.state() == DeliveryState.HELD).count() }));
        if (dryRun) {
            out.println(NLS.bind(Messages.dryRunWritten, summary.outbox()));
        }
        return report.hasProblems() ? 1 : 0;
    }

    /** Each settled part as a line on the output, each warning on the error output, as they happen. */
    private JobListener listener(PrintWriter out) {
        return event -> {
            if (event.kind() == JobEvent.Kind.DELIVERY_SETTLED && event.delivery().isPresent()) {
                DeliveryResult result = event.delivery().get();
                out.println(NLS.bind(Messages.resultLine, new Object[] { event.done(), event.total(), result.label(),
                        result.part().displayName(), result.state().displayName(),
                        result.recipient().isEmpty() ? "-" : result.recipient() })); //$NON-NLS-1$
                if (result.error() != null) {
                    out.println("    " + result.detail()); //$NON-NLS-1$
                }
                out.flush();
            } else if (event.kind() == JobEvent.Kind.DELIVERY_WARNING) {
                spec.commandLine().getErr().println(NLS.bind(Messages.warningLine, event.label(), event.detail()));
            }
        };
    }
}

package io.certdesk.cli.internal.delivery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

import io.certdesk.cli.internal.console.FailureDigest;
import io.certdesk.cli.internal.console.JsonReports;
import io.certdesk.cli.internal.console.JsonWriter;
import io.certdesk.cli.internal.console.OutputMode;
import io.certdesk.cli.internal.console.OutputOptions;
import io.certdesk.cli.internal.console.Screen;
import io.certdesk.cli.internal.console.StageProgress;
import io.certdesk.cli.internal.jobs.Sessions;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.CancelToken;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    OutputOptions output;

    private final JobService jobs;
    private final Screen screen;

    public DeliverCommand(JobService jobs) {
        this(jobs, Screen.detect());
    }

    /** {@code screen}: where the output goes (tests pass a terminal of a fixed width, or none). */
    public DeliverCommand(JobService jobs, Screen screen) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.screen = Objects.requireNonNull(screen, "screen"); //$NON-NLS-1$
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
        OutputMode mode = output.mode();
        PrintWriter err = spec.commandLine().getErr();
        StageProgress progress = new StageProgress(out, screen, mode, Set.of(), new FailureDigest());
        DeliverySummary summary;
        try {
            summary = jobs.deliver(session, options, progress, new CancelToken());
        } finally {
            progress.close();
        }
        if (!summary.templateFindings().isEmpty()) {
            summary.templateFindings().forEach(err::println);
            err.flush();
            return 1;
        }
        DeliveryReport report = summary.report().orElseThrow();
        if (mode == OutputMode.HUMAN) {
            out.println(NLS.bind(Messages.summary, new Object[] { report.count(DeliveryState.ACCEPTED),
                    report.count(DeliveryState.WRITTEN), report.count(DeliveryState.ALREADY_DELIVERED),
                    report.count(DeliveryState.HANDOUT_PENDING) + report.count(DeliveryState.MANUAL_PENDING),
                    report.results().stream().filter(r -> r.error() != null || r.state() == DeliveryState.HELD).count() }));
            if (dryRun) {
                out.println(NLS.bind(Messages.dryRunWritten, summary.outbox()));
            }
        }
        progress.report(err, Messages.fullListHint);
        if (mode == OutputMode.JSON) {
            JsonWriter json = new JsonWriter().beginObject().name("workspace").value(session.folder().toString()); //$NON-NLS-1$
            JsonReports.delivery(json, report);
            json.name("outbox").value(dryRun ? summary.outbox().toString() : null).name("failures"); //$NON-NLS-1$ //$NON-NLS-2$
            progress.digest().json(json);
            out.println(json.name("ok").value(!report.hasProblems()).endObject()); //$NON-NLS-1$
        }
        out.flush();
        return report.hasProblems() ? 1 : 0;
    }
}

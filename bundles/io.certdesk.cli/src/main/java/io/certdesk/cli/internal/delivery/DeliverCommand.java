package io.certdesk.cli.internal.delivery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryListener;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryOutcome;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.delivery.LedgerRecord;
import io.certdesk.delivery.TemplateFinding;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk deliver --workspace DIR [--dry-run] [--only-file|--only-password]} and
 * {@code certdesk deliver --workspace DIR --confirm-unknown [--delivered ID]... [--resend ID]...}.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true)
public final class DeliverCommand implements Callable<Integer> {

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

    private final DeliveryWorkspaces workspaces;
    private final DeliveryControl control;

    public DeliverCommand(DeliveryWorkspaces workspaces, DeliveryControl control) {
        this.workspaces = Objects.requireNonNull(workspaces, "workspaces"); //$NON-NLS-1$
        this.control = Objects.requireNonNull(control, "control"); //$NON-NLS-1$
    }

    @Override
    public Integer call() throws DeliveryException {
        PrintWriter out = spec.commandLine().getOut();
        if (!confirmUnknown && (!delivered.isEmpty() || !resend.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.confirmNeedsOption);
        }
        try (DeliveryWorkspace opened = workspaces.open(workspace)) {
            DeliveryEngine engine = new DeliveryEngine(opened.settings(), opened.ledger(), opened.audit());
            return confirmUnknown ? confirm(engine, out) : deliver(engine, opened, out);
        }
    }

    private int confirm(DeliveryEngine engine, PrintWriter out) throws DeliveryException {
        for (String id : delivered) {
            engine.confirm(id, true, "certdesk deliver --confirm-unknown"); //$NON-NLS-1$
            out.println(NLS.bind(Messages.confirmedDelivered, id));
        }
        for (String id : resend) {
            engine.confirm(id, false, "certdesk deliver --confirm-unknown"); //$NON-NLS-1$
            out.println(NLS.bind(Messages.confirmedResend, id));
        }
        List<LedgerRecord> unknown = engine.unknownSends();
        if (unknown.isEmpty()) {
            out.println(Messages.noUnknownSends);
            return 0;
        }
        out.println(NLS.bind(Messages.unknownSendsHeader, unknown.size()));
        for (LedgerRecord record : unknown) {
            out.println(NLS.bind(Messages.unknownSendLine, new Object[] { record.messageId(), DeliveryItem.key(record.entryId()),
                    partName(record.part()), record.recipient(), record.updated() }));
        }
        out.println(Messages.unknownSendsHint);
        return delivered.isEmpty() && resend.isEmpty() ? 1 : 0;
    }

    private int deliver(DeliveryEngine engine, DeliveryWorkspace opened, PrintWriter out) throws DeliveryException {
        List<TemplateFinding> findings = engine.checkTemplates();
        if (!findings.isEmpty()) {
            findings.forEach(f -> spec.commandLine().getErr().println(f));
            return 1;
        }
        EnumSet<DeliveryPart> parts = EnumSet.allOf(DeliveryPart.class);
        if (only != null) {
            parts = EnumSet.of(only.file ? DeliveryPart.FILE : DeliveryPart.PASSWORD);
        }
        DeliveryOptions options = new DeliveryOptions(dryRun, parts, dryRun ? opened.outbox() : null);
        DeliveryListener listener = new DeliveryListener() {
            @Override
            public void settled(DeliveryResult result, int done, int total) {
                out.println(NLS.bind(Messages.resultLine, new Object[] { done, total, result.label(),
                        partName(result.part()), outcomeName(result.outcome()),
                        result.recipient().isEmpty() ? "-" : result.recipient() })); //$NON-NLS-1$
                if (result.error() != null) {
                    out.println("    " + result.detail()); //$NON-NLS-1$
                }
                out.flush();
            }

            @Override
            public void warning(String label, String message) {
                spec.commandLine().getErr().println(NLS.bind(Messages.warningLine, label, message));
            }
        };
        DeliveryReport report = engine.deliver(opened.source().items(), options, listener, control);
        out.println(NLS.bind(Messages.summary, new Object[] { report.count(DeliveryOutcome.SENT),
                report.count(DeliveryOutcome.WRITTEN), report.count(DeliveryOutcome.ALREADY_DELIVERED),
                report.count(DeliveryOutcome.HANDOUT_PENDING) + report.count(DeliveryOutcome.MANUAL_PENDING),
                report.results().stream().filter(r -> r.error() != null || r.outcome() == DeliveryOutcome.HELD).count() }));
        if (dryRun) {
            out.println(NLS.bind(Messages.dryRunWritten, opened.outbox()));
        }
        return report.hasProblems() ? 1 : 0;
    }

    static String partName(DeliveryPart part) {
        return part == DeliveryPart.FILE ? Messages.partFile : Messages.partPassword;
    }

    static String outcomeName(DeliveryOutcome outcome) {
        return switch (outcome) {
            case SENT -> Messages.outcomeSent;
            case WRITTEN -> Messages.outcomeWritten;
            case ALREADY_DELIVERED -> Messages.outcomeAlreadyDelivered;
            case NEEDS_CONFIRMATION -> Messages.outcomeNeedsConfirmation;
            case UNKNOWN -> Messages.outcomeUnknown;
            case DEFERRED -> Messages.outcomeDeferred;
            case FAILED -> Messages.outcomeFailed;
            case HELD -> Messages.outcomeHeld;
            case HANDOUT_PENDING -> Messages.outcomeHandoutPending;
            case MANUAL_PENDING -> Messages.outcomeManualPending;
            case HANDED_OVER -> Messages.outcomeHandedOver;
            case CANCELLED -> Messages.outcomeCancelled;
            case CONFIRMED -> Messages.outcomeConfirmed;
        };
    }
}

package io.certdesk.jobs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.PreflightFinding;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.PreflightProblem;
import io.certdesk.jobs.RunOptions;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import org.eclipse.osgi.util.NLS;

/**
 * What a run checks before its first download, because downloading starts the 24-hour windows: that the workspace
 * accepts files (store, vault, free space), that verification has a trust anchor, and that the delivery that follows
 * can work for every row it will download (sender, SMTP settings when mail is used, templates, addresses, the
 * same-mailbox rule). Every problem is found, not only the first; a run with any of them downloads nothing.
 */
final class Preflight {

    private final Workspace workspace;
    private final RunOptions options;
    private final boolean retry;

    Preflight(Workspace workspace, RunOptions options, boolean retry) {
        this.workspace = workspace;
        this.options = options;
        this.retry = retry;
    }

    /** Fails with every problem found when this run would download anything; returns when it can start. */
    void check(DeliveryConfiguration.Source configuration) throws JobException {
        if (!options.stages().contains(PipelineStage.DOWNLOAD)) {
            return;
        }
        List<Entry> downloading = downloading();
        if (downloading.isEmpty()) {
            return;
        }
        List<PreflightProblem> problems = new ArrayList<>();
        try {
            workspace.checkWritable();
        } catch (WorkspaceException e) {
            problems.add(new PreflightProblem(e.code(), e.getMessage(), Messages.preflightFixFolder, 0));
        }
        if (options.stages().contains(PipelineStage.VERIFY)) {
            trust(problems);
        }
        if (options.delivery().isPresent()) {
            delivery(options.delivery().get(), downloading, configuration, problems);
        }
        if (!problems.isEmpty()) {
            throw JobException.preflight(problems, message(problems, downloading.size()));
        }
    }

    /** The entries this run downloads: imported ones, and on a retry those that failed downloading. */
    private List<Entry> downloading() throws JobException {
        try {
            return workspace.entries().stream().filter(e -> options.entryIds().isEmpty()
                    || options.entryIds().contains(Long.valueOf(e.id())))
                    .filter(e -> e.state() == EntryState.IMPORTED || retry && e.state() == EntryState.FAILED
                            && e.failedFrom().filter(s -> s == EntryState.IMPORTED).isPresent())
                    .toList();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    private void trust(List<PreflightProblem> problems) throws JobException {
        boolean anchored;
        try {
            anchored = workspace.settings().trust().hasAnchor();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
        if (!anchored) {
            problems.add(new PreflightProblem(ErrorCode.P12_CHAIN_UNTRUSTED, Messages.preflightNoTrustAnchor,
                    Messages.preflightFixTrustAnchor, 0));
        }
    }

    private void delivery(DeliverOptions deliver, List<Entry> downloading, DeliveryConfiguration.Source source,
            List<PreflightProblem> problems) {
        try {
            DeliveryConfiguration configuration = source.open(workspace);
            if (!configuration.present() && !deliver.dryRun()) {
                return; // no mail settings: the face says delivery is skipped
            }
            DeliveryChannel fileChannel = configuration.fileChannel();
            DeliveryChannel passwordChannel = configuration.passwordChannel();
            List<DeliveryItem> items = new ArrayList<>();
            for (Entry entry : downloading) {
                if (!deliver.includes(entry.id())) {
                    continue;
                }
                items.add(new DeliveryItem(entry.id(), WorkspaceDelivery.row(entry), entry.name(), entry.department(),
                        entry.email(), entry.recipient(), fileChannel,
                        entry.channel().orElse(passwordChannel), entry.certificateNumber(),
                        () -> new byte[0], entry.certificateNumber() + ".p12", LocalDate.MAX, "", //$NON-NLS-1$ //$NON-NLS-2$
                        () -> new char[0]));
            }
            DeliveryEngine engine = new DeliveryEngine(configuration.settings(), workspace.deliveryLedger(),
                    DeliveryAudit.none());
            List<PreflightFinding> findings = engine.preflight(items, new DeliveryOptions(deliver.dryRun(),
                    deliver.parts(), deliver.dryRun() ? workspace.folder().resolve(WorkspaceDelivery.OUTBOX) : null));
            for (PreflightFinding finding : findings) {
                problems.add(new PreflightProblem(finding.code(), finding.problem(), finding.fix(), finding.rows()));
            }
        } catch (DeliveryException e) {
            problems.add(new PreflightProblem(e.code(), e.getMessage(), Messages.preflightFixDeliverySettings, 0));
        }
    }

    private static String message(List<PreflightProblem> problems, int rows) {
        return NLS.bind(Messages.preflightStopped, Integer.toString(rows)) + System.lineSeparator()
                + problems.stream().map(p -> NLS.bind(Messages.preflightLine, new Object[] {
                        Integer.toString(p.code().code()), p.problem(), p.fix() }))
                        .collect(Collectors.joining(System.lineSeparator()));
    }
}

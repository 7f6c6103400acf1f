package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.certdesk.cli.internal.console.FailureDigest;
import io.certdesk.cli.internal.console.JsonReports;
import io.certdesk.cli.internal.console.Names;
import io.certdesk.cli.internal.console.OutputMode;
import io.certdesk.cli.internal.console.OutputOptions;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.WindowStatus;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk status [--json|--quiet]}: counts per state, the 24-hour window (deadlines, entries at risk), renewals
 * and failures. Never shows a password. Exit 1 when entries are at risk or failed, so scripts can alert.
 */
@Command(name = "status", sortOptions = false, usageHelpAutoWidth = true)
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT); //$NON-NLS-1$

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkspaceSession session = context.session(workspace)) {
            WorkspaceStatus status = context.jobs.status(session);
            WorkspaceSettings settings = status.settings();
            List<Entry> entries = status.entries();
            Map<EntryState, Integer> counts = status.counts();
            List<WindowStatus> window = status.window();
            List<RenewalStatus> renewals = status.renewals();
            switch (output.mode()) {
                case JSON -> json(out, session.folder(), settings, entries, counts, window, renewals);
                case HUMAN -> text(out, session.folder(), settings, entries, counts, window, renewals);
                case QUIET -> {
                    // the exit code says whether entries are at risk or failed
                }
            }
            out.flush();
            return status.alert() ? 1 : 0;
        } catch (JobException e) {
            if (output.mode() == OutputMode.JSON) {
                JsonReports.error(out, e.code(), e.getMessage());
            }
            return CliContext.failure(spec.commandLine().getErr(), e);
        }
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(context.clock.getZone() == null ? ZoneId.systemDefault() : context.clock.getZone()));
    }

    private void text(PrintWriter out, Path folder, WorkspaceSettings settings, List<Entry> entries,
            Map<EntryState, Integer> counts, List<WindowStatus> window, List<RenewalStatus> renewals) {
        out.println(NLS.bind(Messages.statusWorkspace, folder, Integer.toString(entries.size())));
        out.println("  " + counts.entrySet().stream().filter(e -> e.getValue().intValue() > 0) //$NON-NLS-1$
                .map(e -> Names.state(e.getKey()) + ' ' + e.getValue()).collect(Collectors.joining(", "))); //$NON-NLS-1$
        long atRisk = window.stream().filter(WindowStatus::atRisk).count();
        out.println(NLS.bind(Messages.statusWindow, new Object[] { Integer.toString(window.size()), Long.toString(atRisk),
                Long.toString(settings.windowMargin().toHours()) }));
        for (WindowStatus w : window) {
            out.println(NLS.bind(w.atRisk() ? Messages.statusWindowAtRisk : Messages.statusWindowEntry, new Object[] {
                    w.entry().certificateNumber(), Names.state(w.entry().state()), time(w.deadline()), hours(w) }));
        }
        long open = renewals.stream().filter(r -> r.phase() == RenewalStatus.Phase.RENEWAL_OPEN).count();
        long expired = renewals.stream().filter(r -> r.phase() == RenewalStatus.Phase.EXPIRED).count();
        out.println(NLS.bind(Messages.statusRenewal, new Object[] { Integer.toString(settings.renewalWindowDays()),
                Long.toString(open), Long.toString(expired) }));
        for (RenewalStatus r : renewals) {
            if (r.phase() != RenewalStatus.Phase.VALID) {
                out.println(NLS.bind(Messages.statusRenewalEntry, new Object[] { r.entry().certificateNumber(), r.entry().name(),
                        time(r.certificate().notAfter()), Long.toString(r.daysLeft()), Names.renewal(r.phase()) }));
            }
        }
        for (Entry e : entries) {
            if (e.state() == EntryState.FAILED || e.state() == EntryState.WINDOW_PASSED) {
                out.println(NLS.bind(Messages.statusFailed, new Object[] { e.certificateNumber(), Names.state(e.state()),
                        e.errorCode().map(c -> Integer.toString(c.code())).orElse("-"), //$NON-NLS-1$
                        e.errorCode().map(c -> FailureDigest.describe(c, e.errorDetail().orElse(""))) //$NON-NLS-1$
                                .orElse(e.errorDetail().orElse("")) })); //$NON-NLS-1$
            }
        }
    }

    private static String hours(WindowStatus w) {
        long minutes = w.left().toMinutes();
        return minutes < 0 ? "-" + (-minutes / 60) + "h" + (-minutes % 60) + "m" : minutes / 60 + "h" + minutes % 60 + "m"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static void json(PrintWriter out, Path folder, WorkspaceSettings settings, List<Entry> entries,
            Map<EntryState, Integer> counts, List<WindowStatus> window, List<RenewalStatus> renewals) {
        Map<Long, WindowStatus> byEntry = window.stream().collect(Collectors.toMap(w -> Long.valueOf(w.entry().id()), w -> w));
        Map<Long, RenewalStatus> renewalByEntry = renewals.stream().collect(Collectors.toMap(r -> Long.valueOf(r.entry().id()), r -> r));
        StringBuilder s = new StringBuilder("{\"workspace\":").append(Json.string(folder.toString())); //$NON-NLS-1$
        s.append(",\"renewalWindowDays\":").append(settings.renewalWindowDays()); //$NON-NLS-1$
        s.append(",\"windowMarginMinutes\":").append(settings.windowMargin().toMinutes()); //$NON-NLS-1$
        s.append(",\"counts\":{").append(counts.entrySet().stream() //$NON-NLS-1$
                .map(e -> Json.string(e.getKey().name()) + ':' + e.getValue()).collect(Collectors.joining(","))).append('}'); //$NON-NLS-1$
        s.append(",\"entries\":["); //$NON-NLS-1$
        boolean first = true;
        for (Entry e : entries) {
            if (!first) {
                s.append(',');
            }
            first = false;
            Optional<WindowStatus> w = Optional.ofNullable(byEntry.get(Long.valueOf(e.id())));
            Optional<RenewalStatus> r = Optional.ofNullable(renewalByEntry.get(Long.valueOf(e.id())));
            s.append("{\"id\":").append(e.id()) //$NON-NLS-1$
                    .append(",\"groupId\":").append(Json.string(e.groupId())) //$NON-NLS-1$
                    .append(",\"certificateNumber\":").append(Json.string(e.certificateNumber())) //$NON-NLS-1$
                    .append(",\"name\":").append(Json.string(e.name())) //$NON-NLS-1$
                    .append(",\"state\":").append(Json.string(e.state().name())) //$NON-NLS-1$
                    .append(",\"errorCode\":").append(e.errorCode().map(c -> Integer.toString(c.code())).orElse("null")) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",\"errorDetail\":").append(Json.string(e.errorDetail().orElse(null))) //$NON-NLS-1$
                    .append(",\"downloadCount\":").append(e.downloadCount()) //$NON-NLS-1$
                    .append(",\"firstDownloadAt\":").append(Json.string(e.firstDownloadAt().map(Instant::toString).orElse(null))) //$NON-NLS-1$
                    .append(",\"deadline\":").append(Json.string(e.downloadDeadline().map(Instant::toString).orElse(null))) //$NON-NLS-1$
                    .append(",\"atRisk\":").append(w.map(WindowStatus::atRisk).orElse(Boolean.FALSE)) //$NON-NLS-1$
                    .append(",\"notAfter\":").append(Json.string(e.certificate().map(c -> c.notAfter().toString()).orElse(null))) //$NON-NLS-1$
                    .append(",\"sha256\":").append(Json.string(e.certificate().map(c -> c.sha256()).orElse(null))) //$NON-NLS-1$
                    .append(",\"renewal\":").append(Json.string(r.map(x -> x.phase().name()).orElse(null))) //$NON-NLS-1$
                    .append(",\"supersededBy\":").append(e.supersededBy().map(String::valueOf).orElse("null")).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        s.append("]}"); //$NON-NLS-1$
        out.println(s);
    }
}

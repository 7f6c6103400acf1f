package io.certdesk.cli.internal.workspace;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code certdesk audit export --out FILE.csv}. */
@Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
final class AuditExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", descriptionKey = "ws.audit-out")
    Path out;

    AuditExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = context.session(workspace)) {
            int records = context.jobs.exportAudit(session, out);
            spec.commandLine().getOut().println(NLS.bind(Messages.auditExported, out, Integer.toString(records)));
            return 0;
        } catch (JobException e) {
            return CliContext.failure(spec.commandLine().getErr(), e);
        }
    }
}

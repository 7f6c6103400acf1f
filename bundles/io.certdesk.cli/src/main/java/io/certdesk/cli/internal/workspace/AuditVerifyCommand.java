package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceException;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code certdesk audit verify}: checks the hash chain; exit 1 naming the first bad record. */
@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true)
final class AuditVerifyCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    AuditVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkspaceSession session = context.session(workspace)) {
            AuditVerification verification = context.jobs.verifyAudit(session);
            if (verification.intact()) {
                out.println(NLS.bind(Messages.auditIntact, Long.toString(verification.records()), verification.headHash()));
                return 0;
            }
            return CliContext.failure(spec.commandLine().getErr(), new WorkspaceException(ErrorCode.STORE_AUDIT_BROKEN,
                    NLS.bind(Messages.auditBroken, verification.firstBadSequence().map(String::valueOf).orElse("?"), //$NON-NLS-1$
                            verification.problem().orElse("")))); //$NON-NLS-1$
        } catch (JobException e) {
            return CliContext.failure(spec.commandLine().getErr(), e);
        }
    }
}

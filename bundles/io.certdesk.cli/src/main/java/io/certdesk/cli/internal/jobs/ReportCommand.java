package io.certdesk.cli.internal.jobs;

import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.certdesk.jobs.internal.WorkspaceDelivery;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.roster.RosterException;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code certdesk report --workspace DIR --out result.xlsx}. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "batch.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "batch.passphrase-file")
    Path passphraseFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "batch.out")
    Path out;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace opened = WorkspaceAccess.open(workspace, passphraseFile);
                WorkspaceDelivery delivery = WorkspaceDelivery.on(opened, false)) {
            BatchSteps.report(delivery, out, printer);
            BatchSteps.states(opened, printer);
            return 0;
        } catch (WorkspaceException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (DeliveryException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (RosterException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }
}

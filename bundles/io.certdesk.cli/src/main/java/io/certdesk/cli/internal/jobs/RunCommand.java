package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.internal.MailSettingsFile;
import io.certdesk.jobs.internal.WorkspaceDelivery;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk run ROSTER --workspace DIR}: import, download, verify, export, deliver, report; resumable. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false)
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ROSTER", descriptionKey = "batch.roster")
    Path roster;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "batch.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "batch.passphrase-file")
    Path passphraseFile;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "batch.sheet")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "batch.mapping")
    Path mapping;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "batch.profile")
    Path profile;

    @Option(names = "--dry-run", descriptionKey = "batch.dry-run")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "batch.run-out")
    Path out;

    private final RosterReader reader;
    private final Pkcs12Engine engine;
    private final SourceFactory sources;

    public RunCommand(RosterReader reader, Pkcs12Engine engine, SourceFactory sources) {
        this.reader = reader;
        this.engine = engine;
        this.sources = sources;
    }

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "certdesk-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try (Workspace opened = WorkspaceAccess.open(workspace, passphraseFile)) {
            boolean ok = BatchSteps.importRoster(reader, opened, roster, ImportCommand.options(sheet, mapping), printer) == 0;
            CertificateSource source = sources.open(profile, workspace);
            RunSummary summary;
            try {
                summary = BatchSteps.pipeline(opened, engine, source, printer, cancel);
            } finally {
                if (source instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
            if (summary.storageFailure().isPresent()) {
                WorkspaceException e = summary.storageFailure().get();
                return BatchSteps.failure(err, e.code(), e.getMessage());
            }
            if (summary.cancelled()) {
                err.println(Messages.cancelled);
                return 1;
            }
            ok &= summary.counts().failed() == 0;
            try (WorkspaceDelivery delivery = WorkspaceDelivery.on(opened, false)) {
                if (dryRun || MailSettingsFile.exists(workspace)) {
                    ok &= BatchSteps.deliver(delivery, dryRun, printer);
                } else {
                    printer.println(NLS.bind(Messages.deliverySkipped, workspace.resolve(MailSettingsFile.FILE_NAME)));
                }
                BatchSteps.report(delivery, out != null ? out : workspace.resolve("result-" //$NON-NLS-1$
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx"), printer); //$NON-NLS-1$ //$NON-NLS-2$
            }
            BatchSteps.states(opened, printer);
            return ok ? 0 : 1;
        } catch (WorkspaceException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (DeliveryException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (PortalClientException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (RosterException e) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        } catch (Exception e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }
}

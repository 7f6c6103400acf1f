package io.certdesk.cli.internal.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.ImportOptions;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk demo [--users N] [--out DIR]}: the {@link DemoService} prepares portal, roster, workspace and mail
 * sink on loopback; the {@link JobService} imports, downloads over HTTPS, verifies, exports, delivers into the outbox
 * and writes the result workbook; then both servers stop.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "10", descriptionKey = "batch.users")
    int users;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "batch.demo-out")
    Path out;

    private final JobService jobs;
    private final DemoService demos;

    public DemoCommand(JobService jobs, DemoService demos) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.demos = Objects.requireNonNull(demos, "demos"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        if (users < 1 || users > DemoService.MAX_USERS) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.demoUsers, Integer.toString(users)));
        }
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH; //$NON-NLS-1$
        try {
            return run((out != null ? out : defaultFolder()).toAbsolutePath(), locale, printer) ? 0 : 1;
        } catch (JobException e) {
            return Output.failure(err, e.code(), e.getMessage());
        } catch (IOException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    private boolean run(Path folder, Locale locale, PrintWriter out) throws JobException, IOException {
        Map<EntryState, Integer> counts;
        DemoSetup demo = demos.start(users, folder, locale);
        try {
            out.println(NLS.bind(Messages.demoFolder, demo.folder()));
            out.println(NLS.bind(Messages.demoProvisioned, Integer.toString(demo.users()), demo.group()));
            out.println(NLS.bind(Messages.demoRoster, demo.roster()));
            out.println(NLS.bind(Messages.demoPortal, demo.portal(), demo.portalTrust()));
            out.println(NLS.bind(Messages.demoPassphrase, demo.passphraseFile()));
            out.println(NLS.bind(Messages.demoSink, Integer.toString(demo.mailSinkPort()), demo.outbox()));
            out.flush();
            WorkspaceSession session = demo.session();
            Output.imported(jobs.importRoster(session, demo.roster(), ImportOptions.defaults()), session.folder(), out);
            RunSummary summary = jobs.run(session, RunOptions.all(), Output.progress(out),
                    new CancelToken());
            Output.pipeline(summary, out);
            if (summary.storageFailure().isPresent()) {
                throw new JobException(summary.storageFailure().get().code(), summary.storageFailure().get().getMessage(),
                        summary.storageFailure().get());
            }
            jobs.copyExports(session, demo.exports());
            Output.delivered(jobs.deliver(session, DeliverOptions.send(), Output.progress(out), new CancelToken()), out);
            Output.report(demo.result(), jobs.resultWorkbook(session, demo.result()), out);
            counts = jobs.status(session).counts();
        } finally {
            demo.close();
        }
        out.println(Messages.demoStopped);
        Output.states(counts, out);
        out.println(Messages.demoSummary);
        out.println(NLS.bind(Messages.demoWhereRoster, demo.roster()));
        out.println(NLS.bind(Messages.demoWhereWorkspace, demo.workspace()));
        out.println(NLS.bind(Messages.demoWhereExports, demo.exports(), Long.toString(count(demo.exports(), ".p12")))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.demoWhereOutbox, demo.outbox(), Long.toString(count(demo.outbox(), ".eml")))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.demoWhereResult, demo.result()));
        out.flush();
        return counts.entrySet().stream().allMatch(e -> e.getKey() == EntryState.DONE || e.getValue().intValue() == 0);
    }

    /** The default demo folder: certdesk-demo-TIME in the current folder when writable, else in the home folder. */
    static Path defaultFolder() {
        String name = "certdesk-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$ //$NON-NLS-2$
        Path current = Path.of("").toAbsolutePath(); //$NON-NLS-1$
        return Files.isWritable(current) ? current.resolve(name) : Path.of(System.getProperty("user.home")).resolve(name); //$NON-NLS-1$
    }

    private static long count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}

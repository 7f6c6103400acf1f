package io.certdesk.cli.internal.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.certdesk.cli.internal.console.FailureDigest;
import io.certdesk.cli.internal.console.JsonReports;
import io.certdesk.cli.internal.console.JsonWriter;
import io.certdesk.cli.internal.console.OutputMode;
import io.certdesk.cli.internal.console.OutputOptions;
import io.certdesk.cli.internal.console.Screen;
import io.certdesk.cli.internal.console.StageProgress;
import io.certdesk.cli.internal.workspace.InitOptions;
import io.certdesk.cli.internal.workspace.SetupOptions;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DeliverySummary;
import io.certdesk.jobs.JobException;
import io.certdesk.cli.internal.workspace.PortalProfileOption;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.roster.RosterException;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = { "--portal-profile", "--profile" }, paramLabel = "FILE|reference", descriptionKey = "batch.profile")
    String profile;

    @Option(names = "--dry-run", descriptionKey = "batch.dry-run")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "batch.run-out")
    Path out;

    @Mixin
    OutputOptions output;

    @Option(names = "--init", descriptionKey = "batch.init")
    boolean init;

    @Option(names = "--export-profile", paramLabel = "modern|compat", descriptionKey = "batch.export-profile")
    String exportProfile = ExportProfile.MODERN.id();

    @Mixin
    InitOptions settings;

    @Mixin
    SetupOptions setup;

    private final JobService jobs;
    private final Screen screen;
    private final Map<String, String> environment;
    private final SecretReader.Prompt prompt;

    public RunCommand(JobService jobs) {
        this(jobs, Screen.detect(), System.getenv(), SecretReader.Prompt.console());
    }

    /** {@code screen}: where the output goes (tests pass a terminal of a fixed width, or none). */
    public RunCommand(JobService jobs, Screen screen) {
        this(jobs, screen, System.getenv(), SecretReader.Prompt.console());
    }

    /** {@code environment} and {@code prompt}: where a new workspace's passphrase comes from (tests). */
    public RunCommand(JobService jobs, Screen screen, Map<String, String> environment, SecretReader.Prompt prompt) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.screen = Objects.requireNonNull(screen, "screen"); //$NON-NLS-1$
        this.environment = Map.copyOf(environment);
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputMode mode = output.mode();
        if (out != null && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            // found now rather than after the downloads started the 24-hour windows
            return failure(mode, printer, err, ErrorCode.STORE_FILE_EXISTS, NLS.bind(Messages.outExists, out.toAbsolutePath()));
        }
        JsonWriter json = new JsonWriter().beginObject();
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "certdesk-cancel"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        StageProgress progress = new StageProgress(printer, screen, mode, Set.of(PipelineStage.values()), new FailureDigest());
        try (WorkspaceSession session = session(printer)) {
            json.name("workspace").value(session.folder().toString()); //$NON-NLS-1$
            if (mode == OutputMode.HUMAN) {
                PortalProfileOption.apply(jobs, session, profile, printer);
            } else {
                PortalProfileOption.apply(jobs, session, profile, new PrintWriter(java.io.Writer.nullWriter()));
            }
            boolean ok = importRoster(session, printer, mode, json);
            // the delivery that follows is checked by the job service before anything is downloaded
            RunOptions options = dryRun ? RunOptions.all().withDelivery(DeliverOptions.writeToOutbox())
                    : session.hasMailSettings() ? RunOptions.all().withDelivery(DeliverOptions.send())
                            : RunOptions.all().withoutDelivery();
            jobs.prepareResultWorkbook(); // written at the end: its classes load while the run works
            RunSummary summary = jobs.run(session, options, progress, cancel);
            progress.close();
            JsonReports.pipeline(json, summary.counts(), summary.cancelled());
            if (mode == OutputMode.HUMAN) {
                Output.pipeline(summary, printer);
            }
            if (summary.storageFailure().isPresent()) {
                WorkspaceException e = summary.storageFailure().get();
                return failure(mode, printer, err, e.code(), e.getMessage());
            }
            if (summary.cancelled()) {
                err.println(Messages.cancelled);
                return 1;
            }
            ok &= summary.counts().failed() == 0;
            if (dryRun || session.hasMailSettings()) {
                DeliverySummary delivered = jobs.deliver(session,
                        dryRun ? DeliverOptions.writeToOutbox() : DeliverOptions.send(), progress, cancel);
                progress.close();
                ok &= delivered.clean();
                delivered.report().ifPresent(r -> JsonReports.delivery(json, r));
                if (mode == OutputMode.HUMAN) {
                    Output.delivered(delivered, printer);
                } else if (!delivered.templateFindings().isEmpty()) {
                    delivered.templateFindings().forEach(err::println);
                }
            } else if (mode == OutputMode.HUMAN) {
                printer.println(NLS.bind(Messages.deliverySkipped, workspace.resolve(JobService.MAIL_SETTINGS_FILE)));
            }
            Path target = out != null ? out : workspace.resolve("result-" //$NON-NLS-1$
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
            int rows = jobs.resultWorkbook(session, target);
            if (mode == OutputMode.HUMAN) {
                Output.report(target, rows, printer);
            }
            progress.report(err, target.toAbsolutePath().toString());
            var states = jobs.status(session).counts();
            if (mode == OutputMode.HUMAN) {
                Output.states(states, printer);
            } else if (mode == OutputMode.JSON) {
                json.name("result").value(target.toAbsolutePath().toString()).name("failures"); //$NON-NLS-1$ //$NON-NLS-2$
                progress.digest().json(json);
                JsonReports.states(json, states);
                printer.println(json.name("ok").value(ok).endObject()); //$NON-NLS-1$
                printer.flush();
            }
            return ok ? 0 : 1;
        } catch (JobException e) {
            progress.report(err, null);
            if (mode == OutputMode.JSON && e.rosterProblem().isEmpty()) {
                JsonReports.error(printer, e.code(), e.getMessage());
            }
            return Output.failure(err, e, roster);
        } catch (RosterException e) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        } finally {
            progress.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }

    /**
     * The workspace: opened; or, when the folder is not one yet (missing or empty), created with {@code --init}, or
     * after asking on a terminal (the new passphrase twice, without echo). Otherwise a usage error says how to go on
     * (--init): nothing is wrong with the folder, the command line lacks the word that creates it.
     */
    private WorkspaceSession session(PrintWriter printer) throws JobException {
        if (!notWorkspaceYet(workspace)) {
            if (setup.any()) { // they would be ignored: say where they belong
                throw new ParameterException(spec.commandLine(), NLS.bind(Messages.runSetupOnlyNew, workspace));
            }
            return Sessions.open(jobs, workspace, passphraseFile);
        }
        if (!init && !screen.terminal()) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.runNotWorkspace, workspace));
        }
        WorkspaceSettings chosen = settings.settings(spec, exportProfile,
                s -> setup.apply(profile == null ? s : s.withPortalProfile(PortalProfileOption.parse(profile))), workspace);
        if (!init) {
            printer.println(NLS.bind(Messages.runCreating, workspace));
            printer.flush();
        }
        char[] passphrase;
        try {
            passphrase = new Passphrase(Optional.ofNullable(passphraseFile), environment, prompt).readNew();
        } catch (WorkspaceException e) {
            throw new JobException(e.code(), e.getMessage(), e);
        }
        try {
            WorkspaceSession created = jobs.create(workspace, passphrase, chosen);
            try {
                setup.applyStored(jobs, created);
            } catch (JobException | RuntimeException e) {
                try {
                    created.close();
                } catch (JobException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            if (output.mode() == OutputMode.HUMAN) {
                printer.println(NLS.bind(Messages.runCreated, created.folder(), chosen.exportProfile().id()));
            }
            return created;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** A folder that does not exist or is empty: nothing to open, something to create. */
    private static boolean notWorkspaceYet(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static int failure(OutputMode mode, PrintWriter printer, PrintWriter err, ErrorCode code,
            String message) {
        if (mode == OutputMode.JSON) {
            JsonReports.error(printer, code, message);
        }
        return Output.failure(err, code, message);
    }

    private boolean importRoster(WorkspaceSession session, PrintWriter printer, OutputMode mode, JsonWriter json)
            throws JobException, RosterException {
        var summary = jobs.importRoster(session, roster, ImportCommand.options(sheet, mapping));
        if (mode == OutputMode.HUMAN) {
            Output.imported(summary, session.folder(), printer);
        }
        JsonReports.imported(json, summary);
        return summary.rejectedRows().isEmpty();
    }
}

package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.cli.internal.console.JsonReports;
import io.certdesk.cli.internal.console.JsonWriter;
import io.certdesk.cli.internal.console.OutputMode;
import io.certdesk.cli.internal.console.OutputOptions;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk import ROSTER --workspace DIR [--sheet NAME] [--mapping FILE]}. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportCommand implements Callable<Integer> {

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

    @Mixin
    OutputOptions output;

    private final JobService jobs;

    public ImportCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
            ImportSummary summary = jobs.importRoster(session, roster, options(sheet, mapping));
            switch (output.mode()) {
                case HUMAN -> Output.imported(summary, session.folder(), out);
                case JSON -> {
                    JsonWriter json = new JsonWriter().beginObject().name("workspace").value(session.folder().toString()); //$NON-NLS-1$
                    JsonReports.imported(json, summary);
                    out.println(json.name("ok").value(summary.rejectedRows().isEmpty()).endObject()); //$NON-NLS-1$
                    out.flush();
                }
                case QUIET -> {
                    // the exit code says whether rows were rejected
                }
            }
            return summary.rejectedRows().isEmpty() ? 0 : 1;
        } catch (JobException e) {
            if (output.mode() == OutputMode.JSON && e.rosterProblem().isEmpty()) {
                JsonReports.error(out, e.code(), e.getMessage());
            }
            return Output.failure(err, e, roster);
        } catch (RosterException e) {
            err.println(NLS.bind(Messages.rosterRefused, roster, e.getMessage()));
            err.flush();
            return 1;
        }
    }

    static ImportOptions options(String sheet, Path mapping) throws RosterException {
        ImportOptions.Builder builder = ImportOptions.builder();
        if (sheet != null) {
            builder.sheet(sheet);
        }
        if (mapping != null) {
            builder.mapping(ColumnMapping.load(mapping));
        }
        return builder.build();
    }
}

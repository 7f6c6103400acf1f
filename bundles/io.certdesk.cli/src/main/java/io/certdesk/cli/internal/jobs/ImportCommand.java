package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
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

    private final RosterReader reader;

    public ImportCommand(RosterReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace opened = WorkspaceAccess.open(workspace, passphraseFile)) {
            long rejected = BatchSteps.importRoster(reader, opened, roster, options(sheet, mapping), out);
            return rejected > 0 ? 1 : 0;
        } catch (WorkspaceException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
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

package io.certdesk.cli.internal.roster;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.JobException;
import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk roster check FILE [--sheet NAME] [--mapping FILE] [--encoding CHARSET] [--max-rows N] [--json]}:
 * reads a roster as a batch would, prints the detected mapping and every finding. Exit 0 when no row is
 * rejected, 1 when any is (or the file is refused), 2 for usage errors.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class RosterCheckCommand implements Callable<Integer> {

    @ParentCommand
    private RosterCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "certdesk.roster.check.file")
    private Path file;

    @Option(names = "--sheet", descriptionKey = "certdesk.roster.check.sheet", paramLabel = "NAME")
    private String sheet;

    @Option(names = "--mapping", descriptionKey = "certdesk.roster.check.mapping", paramLabel = "FILE")
    private Path mapping;

    @Option(names = "--encoding", descriptionKey = "certdesk.roster.check.encoding", paramLabel = "CHARSET")
    private String encoding;

    @Option(names = "--max-rows", descriptionKey = "certdesk.roster.check.maxrows", paramLabel = "N")
    private Integer maxRows;

    @Option(names = "--json", descriptionKey = "certdesk.roster.check.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions.Builder options = ImportOptions.builder().sheet(sheet).charset(charset());
        if (maxRows != null) {
            if (maxRows < 1) {
                throw new ParameterException(spec.commandLine(), NLS.bind(Messages.cliBadMaxRows, maxRows));
            }
            options.limits(RosterLimits.defaults().withMaxRows(maxRows));
        }
        ImportResult result = null;
        try {
            if (mapping != null) {
                options.mapping(ColumnMapping.load(mapping));
            }
            result = parent.jobs().checkRoster(file, options.build());
            out.print(json ? CheckReport.json(result) : CheckReport.text(result));
            out.flush();
            return result.hasRejections() ? 1 : 0;
        } catch (RosterException e) {
            return refused(out, err, e);
        } catch (JobException e) {
            if (e.getCause() instanceof RosterException refused) {
                return refused(out, err, refused);
            }
            err.println(e.getMessage());
            err.flush();
            return 1;
        } finally {
            if (result != null) {
                result.clearSecrets();
            }
        }
    }

    private int refused(PrintWriter out, PrintWriter err, RosterException e) {
        if (json) {
            out.print(CheckReport.jsonError(e));
            out.flush();
        } else {
            err.println(e.getMessage());
            err.flush();
        }
        return 1;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.cliBadEncoding, encoding));
        }
    }
}

package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.PipelineStage;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code certdesk export --workspace DIR [--out DIR]}: verifies what is downloaded and re-exports it with the full
 * chain and a generated password; with {@code --out} copies the exported files there as {@code <number>.p12}.
 * Passwords stay in the encrypted store for the delivery step: none is printed or written here.
 */
@Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
final class ExportCommand extends StageCommand {

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "ws.out")
    Path out;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    Set<PipelineStage> stages() {
        return EnumSet.of(PipelineStage.VERIFY, PipelineStage.EXPORT);
    }

    @Override
    void after(WorkspaceSession session, PrintWriter stdout) throws JobException {
        if (out != null) {
            List<Path> written = context.jobs.copyExports(session, out);
            stdout.println(NLS.bind(Messages.copied, Integer.toString(written.size()), out));
        }
    }
}

package io.certdesk.cli.internal.workspace;

import java.util.EnumSet;
import java.util.Set;

import io.certdesk.workspace.PipelineStage;
import picocli.CommandLine.Command;

/** {@code certdesk download --workspace DIR}: fetches every imported certificate once and stores it durably. */
@Command(name = "download", sortOptions = false, usageHelpAutoWidth = true)
final class DownloadCommand extends StageCommand {

    DownloadCommand(CliContext context) {
        super(context);
    }

    @Override
    Set<PipelineStage> stages() {
        return EnumSet.of(PipelineStage.DOWNLOAD);
    }
}

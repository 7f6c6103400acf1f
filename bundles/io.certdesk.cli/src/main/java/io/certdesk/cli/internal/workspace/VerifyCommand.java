package io.certdesk.cli.internal.workspace;

import java.util.EnumSet;
import java.util.Set;

import io.certdesk.workspace.PipelineStage;
import picocli.CommandLine.Command;

/** {@code certdesk verify --workspace DIR}: opens each downloaded file and verifies its chain. */
@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true)
final class VerifyCommand extends StageCommand {

    VerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    Set<PipelineStage> stages() {
        return EnumSet.of(PipelineStage.VERIFY);
    }
}

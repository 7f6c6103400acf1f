package io.certdesk.cli.internal.workspace;

import picocli.CommandLine.Command;

/** {@code certdesk workspace}. */
@Command(name = "workspace", sortOptions = false, usageHelpAutoWidth = true)
final class WorkspaceCommand extends GroupCommand {
}

package io.certdesk.workspace.internal.cli;

import picocli.CommandLine.Command;

/** {@code certdesk audit}. */
@Command(name = "audit", sortOptions = false, usageHelpAutoWidth = true)
final class AuditCommand extends GroupCommand {
}

package io.certdesk.cli.internal.workspace;

import picocli.CommandLine.Command;

/** {@code certdesk audit}. */
@Command(name = "audit", sortOptions = false, usageHelpAutoWidth = true)
final class AuditCommand extends GroupCommand {
}

package io.certdesk.cli.internal.workspace;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --workspace DIR} and {@code --passphrase-file F}, shared by every workspace command. */
final class WorkspaceOptions {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "ws.workspace")
    Path folder;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "ws.passphrase-file")
    Path passphraseFile;
}

package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code certdesk gui --workspace DIR --passphrase-file F} reaches the workbench as system properties. */
class GuiCommandTest {

    @AfterEach
    void clear() {
        System.clearProperty(GuiCommand.WORKSPACE_PROPERTY);
        System.clearProperty(GuiCommand.PASSPHRASE_FILE_PROPERTY);
    }

    @Test
    void workspaceAndPassphraseFileBecomeAbsoluteProperties() {
        GuiCommand.passToWorkbench(List.of("--workspace", "ws", "--passphrase-file", "pass.txt", "-clearPersistedState"));
        assertEquals(Path.of("ws").toAbsolutePath().toString(), System.getProperty(GuiCommand.WORKSPACE_PROPERTY));
        assertEquals(Path.of("pass.txt").toAbsolutePath().toString(),
                System.getProperty(GuiCommand.PASSPHRASE_FILE_PROPERTY));
    }

    @Test
    void withoutOptionsNothingIsSet() {
        GuiCommand.passToWorkbench(List.of("-clearPersistedState"));
        assertNull(System.getProperty(GuiCommand.WORKSPACE_PROPERTY));
        assertNull(System.getProperty(GuiCommand.PASSPHRASE_FILE_PROPERTY));
    }
}

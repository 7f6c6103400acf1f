package io.certdesk.cli.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code certdesk demo --gui [--users N] [--out DIR]} reaches the workbench as system properties. */
class DemoGuiTest {

    @AfterEach
    void clear() {
        System.clearProperty(DemoCommand.GUI_USERS_PROPERTY);
        System.clearProperty(DemoCommand.GUI_FOLDER_PROPERTY);
    }

    @Test
    void usersAndFolderArePassedAbsolute() {
        DemoCommand.passToWorkbench(List.of("--users", "4", "--out", "demo-here", "--gui", "-clearPersistedState"));
        assertEquals("4", System.getProperty(DemoCommand.GUI_USERS_PROPERTY));
        assertEquals(Path.of("demo-here").toAbsolutePath().toString(), System.getProperty(DemoCommand.GUI_FOLDER_PROPERTY));
    }

    @Test
    void defaultsAreTenUsersInANewDemoFolder() {
        DemoCommand.passToWorkbench(List.of("--gui"));
        assertEquals("10", System.getProperty(DemoCommand.GUI_USERS_PROPERTY));
        String folder = System.getProperty(DemoCommand.GUI_FOLDER_PROPERTY);
        assertTrue(Path.of(folder).isAbsolute(), folder);
        assertTrue(Path.of(folder).getFileName().toString().startsWith("certdesk-demo-"), folder);
    }

    @Test
    void tooManyUsersAreRefusedBeforeTheWindowOpens() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCommand.passToWorkbench(List.of("--users", "0", "--gui")));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        assertNull(System.getProperty(DemoCommand.GUI_USERS_PROPERTY));
    }
}

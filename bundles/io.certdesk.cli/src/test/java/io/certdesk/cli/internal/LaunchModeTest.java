package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaunchModeTest {

    @Test
    void noArgumentsOpenTheWorkbenchImplicitly() {
        LaunchMode mode = LaunchMode.of();
        assertTrue(mode.workbench());
        assertFalse(mode.explicit());
    }

    @Test
    void guiOpensTheWorkbenchAndPassesTheRestOn() {
        LaunchMode mode = LaunchMode.of("gui", "-clearPersistedState");
        assertTrue(mode.workbench());
        assertTrue(mode.explicit());
        assertEquals(List.of("-clearPersistedState"), mode.args());
    }

    @Test
    void demoWithGuiOpensTheWorkbenchOnTheDemo() {
        LaunchMode mode = LaunchMode.of("demo", "--users", "3", "--gui");
        assertTrue(mode.workbench());
        assertTrue(mode.explicit());
        assertTrue(mode.demo());
        assertEquals(List.of("--users", "3", "--gui"), mode.args());
        LaunchMode headless = LaunchMode.of("demo", "--users", "3");
        assertFalse(headless.workbench());
        assertFalse(headless.demo());
        assertFalse(LaunchMode.of("gui").demo());
    }

    @Test
    void anythingElseIsACommand() {
        LaunchMode mode = LaunchMode.of("help", "gui");
        assertFalse(mode.workbench());
        assertEquals(List.of("help", "gui"), mode.args());
        assertFalse(LaunchMode.of("--version").workbench());
    }

    @Test
    void displayIsNeededOnLinuxOnly() {
        assertFalse(LaunchMode.displayAvailable("Linux", Map.of()));
        assertFalse(LaunchMode.displayAvailable("Linux", Map.of("DISPLAY", " ")));
        assertTrue(LaunchMode.displayAvailable("Linux", Map.of("DISPLAY", ":99")));
        assertTrue(LaunchMode.displayAvailable("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertTrue(LaunchMode.displayAvailable("Windows 11", Map.of()));
        assertTrue(LaunchMode.displayAvailable("Mac OS X", Map.of()));
    }
}

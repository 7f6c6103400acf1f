package io.certdesk.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one start of the product runs: the workbench, or a headless command. {@code demo} marks
 * {@code certdesk demo --gui}: the workbench on the demo (its arguments are the demo command's).
 */
record LaunchMode(boolean workbench, boolean explicit, boolean demo, List<String> args) {

    static final String GUI = "gui"; //$NON-NLS-1$
    static final String DEMO = "demo"; //$NON-NLS-1$
    static final String DEMO_GUI = "--gui"; //$NON-NLS-1$

    LaunchMode {
        args = List.copyOf(Objects.requireNonNull(args, "args")); //$NON-NLS-1$
    }

    /**
     * No arguments, or {@code gui} first: the workbench; {@code demo ... --gui}: the workbench on the demo; anything
     * else is a command.
     */
    static LaunchMode of(String... args) {
        List<String> list = List.of(args);
        if (list.isEmpty()) {
            return new LaunchMode(true, false, false, list);
        }
        if (GUI.equals(list.get(0))) {
            return new LaunchMode(true, true, false, list.subList(1, list.size()));
        }
        if (DEMO.equals(list.get(0)) && list.contains(DEMO_GUI)) {
            return new LaunchMode(true, true, true, list.subList(1, list.size()));
        }
        return new LaunchMode(false, true, false, list);
    }

    /**
     * Whether a window can be shown: always on Windows and macOS; on other systems only with an X11
     * or Wayland display named in the environment.
     */
    static boolean displayAvailable(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) { //$NON-NLS-1$ //$NON-NLS-2$
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank() //$NON-NLS-1$ //$NON-NLS-2$
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

package io.certdesk.cli.internal.console;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Where the output goes: a terminal a person watches (live progress lines) or not (CI, a log file: at most one
 * progress line per second).
 *
 * @param terminal whether standard output is an interactive terminal
 * @param width    the terminal's width in columns; 0 lets the progress library ask the terminal
 */
public record Screen(boolean terminal, int width) {

    /** No terminal (scripts, tests). */
    public static final Screen NONE = new Screen(false, 0);

    /** The process's standard output. */
    public static Screen detect() {
        return new Screen(interactive(System.console()), 0);
    }

    /**
     * Whether the console is a terminal. From Java 22 on {@link System#console()} also exists when the streams are
     * redirected; {@code Console.isTerminal()} (22+) tells the two apart. On Java 21 a console means a terminal.
     */
    static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal"); //$NON-NLS-1$
            return ((Boolean) isTerminal.invoke(console)).booleanValue();
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

package io.certdesk.cli;

import java.io.PrintWriter;
import java.util.List;

/** Runs one headless {@code certdesk} command line. Registered as an OSGi service. */
public interface CommandRunner {

    /** Exit code of a successful command. */
    int OK = 0;
    /** Exit code of a command that failed. */
    int FAILED = 1;
    /** Exit code of a command line that could not be understood. */
    int USAGE = 2;

    /**
     * Runs the command named by the first argument.
     *
     * @param args the command line without the program name
     * @param out where the command's normal output goes
     * @param err where errors and usage messages go
     * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    int run(List<String> args, PrintWriter out, PrintWriter err);
}

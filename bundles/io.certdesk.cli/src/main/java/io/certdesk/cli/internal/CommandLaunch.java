package io.certdesk.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import io.certdesk.cli.CommandRunner;

/**
 * What both starts do with a headless start's command line ({@link CertDeskApplication} inside OSGi,
 * {@link HeadlessMain} without it): run the command; asked for the workbench where no window can be shown, say so
 * and list the commands.
 */
final class CommandLaunch {

    private CommandLaunch() {
    }

    static int run(LaunchMode mode, CommandRunner runner, PrintWriter out, PrintWriter err) {
        if (mode.workbench()) {
            err.println(Messages.noDisplay);
            err.println(Messages.noDisplayHint);
            runner.run(List.of("help"), out, err); //$NON-NLS-1$
            return mode.explicit() ? CommandRunner.FAILED : CommandRunner.OK;
        }
        return runner.run(mode.args(), out, err);
    }
}

package io.certdesk.cli.internal.console;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} or {@code --json} for scripts, as a picocli mixin ({@code @Mixin OutputOptions output}). Each area's
 * help bundle describes them under {@code output.quiet} and {@code output.json}.
 */
public final class OutputOptions {

    /** At most one of the two. */
    static final class Choice {
        @Option(names = { "-q", "--quiet" }, required = true, descriptionKey = "output.quiet")
        boolean quiet;

        @Option(names = "--json", required = true, descriptionKey = "output.json")
        boolean json;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** The mode the options ask for. */
    public OutputMode mode() {
        if (choice == null) {
            return OutputMode.HUMAN;
        }
        return choice.json ? OutputMode.JSON : OutputMode.QUIET;
    }
}

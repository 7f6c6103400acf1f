package io.certdesk.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import io.certdesk.cli.CommandContribution;
import io.certdesk.cli.CommandRunner;
import io.certdesk.cli.internal.console.ErrorLines;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobException;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code certdesk} picocli command tree for one invocation and runs it. */
final class CertDeskCommandLine {

    private static final String HELP_TEXTS = "io.certdesk.cli.internal.help"; //$NON-NLS-1$

    private final ProductVersion version;
    private final List<CommandContribution> contributions;
    private final Locale locale;

    CertDeskCommandLine(ProductVersion version, List<CommandContribution> contributions, Locale locale) {
        this.version = Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        this.contributions = List.copyOf(contributions);
        this.locale = Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
    }

    int run(List<String> args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = build(args, out, err);
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } catch (Throwable e) { // NOPMD: the last line of defence, whatever a command threw
            // picocli hands exceptions of commands to failure(); this is what escapes it: a broken installation
            // (LinkageError), an exhausted heap or stack, a runtime failure in picocli itself
            return unexpected(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command tree for {@code args}: the built-in commands and, when the first argument names one contributed
     * command, that command only (picocli reads every command's annotations when it builds its model, about a tenth
     * of a second for all of them at each start); every contributed command otherwise (help, usage errors with their
     * suggestions, options before the command).
     */
    CommandLine build(List<String> args, PrintWriter out, PrintWriter err) {
        ResourceBundle shared = ResourceBundle.getBundle(HELP_TEXTS, locale, getClass().getClassLoader());
        HelpTexts texts = HelpTexts.shared(shared);
        CommandLine root = new CommandLine(new RootCommand());
        root.setResourceBundle(texts);
        root.getCommandSpec().version(version.lines().toArray(String[]::new));
        root.addSubcommand(withTexts(new CommandLine(new GuiCommand()), texts));
        root.addSubcommand(withTexts(new CommandLine(new HelpCommand()), texts));
        List<Map.Entry<CommandContribution, Object>> commands = contributions.stream()
                .map(contribution -> Map.entry(contribution, contribution.newCommand())).toList();
        String first = args.isEmpty() ? "" : args.get(0); //$NON-NLS-1$
        List<Map.Entry<CommandContribution, Object>> named = commands.stream()
                .filter(command -> names(command.getValue()).contains(first)).toList();
        (named.size() == 1 ? named : commands).stream()
                .map(command -> toCommandLine(command.getKey(), command.getValue(), shared))
                .sorted(Comparator.comparing(CommandLine::getCommandName))
                .forEach(root::addSubcommand);
        addHelpOption(root.getCommandSpec(), shared);
        root.setOut(out);
        root.setErr(err);
        root.setParameterExceptionHandler(this::usageError);
        root.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd));
        return root;
    }

    /** The name and aliases of a command object's {@code @Command}; none when it carries no annotation. */
    private static List<String> names(Object command) {
        CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
        if (annotation == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    private CommandLine toCommandLine(CommandContribution contribution, Object command, ResourceBundle shared) {
        CommandLine sub = new CommandLine(command);
        sub.setResourceBundle(new HelpTexts(contribution.helpTexts(locale).orElse(shared), shared));
        return sub;
    }

    /** Every command answers {@code -h}/{@code --help}, whether or not its class declares it. */
    private static void addHelpOption(CommandSpec spec, ResourceBundle shared) {
        boolean hasHelp = spec.options().stream().anyMatch(OptionSpec::usageHelp);
        if (!hasHelp && spec.findOption("--help") == null && spec.findOption("-h") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description(shared.getString("mixinStandardHelpOptions.help")).build());
        }
        for (CommandLine sub : spec.subcommands().values()) {
            addHelpOption(sub.getCommandSpec(), shared);
        }
    }

    private static CommandLine withTexts(CommandLine commandLine, ResourceBundle texts) {
        commandLine.setResourceBundle(texts);
        return commandLine;
    }

    private int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            err.println(NLS.bind(Messages.unknownCommand, first));
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(NLS.bind(Messages.unknownCommandSuggestion, String.join(", ", suggestions))); //$NON-NLS-1$
            }
        } else if (ex instanceof CommandLine.MissingParameterException missing) {
            err.println(NLS.bind(Messages.missingArgument, missing.getMissing().stream()
                    .map(CertDeskCommandLine::displayName).reduce((a, b) -> a + ", " + b).orElse("?"))); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            err.println(NLS.bind(Messages.invalidArguments, ex.getMessage()));
        }
        err.println(NLS.bind(Messages.commandFailed, qualifiedName(cmd)));
        err.flush();
        return CommandRunner.USAGE;
    }

    private static int failure(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        err.println(ex instanceof JobException job ? ErrorLines.line(job.code(), message) : message);
        err.flush();
        return CommandRunner.FAILED;
    }

    /**
     * Reports what no command handled: one line with the catalogue's unknown-error code, what was thrown and the
     * remedy; never a stack trace (unless {@code CERTDESK_DEBUG} is set) and never the command line.
     */
    static int unexpected(PrintWriter err, Throwable e) {
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + firstLine(e.getMessage());
        err.println("[" + ErrorCode.UNKNOWN.code() + "] " + ErrorCode.UNKNOWN.message() + " (" + detail + ") " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ErrorCode.UNKNOWN.remedy());
        if (System.getenv("CERTDESK_DEBUG") != null) { //$NON-NLS-1$
            e.printStackTrace(err);
        }
        err.flush();
        return CommandRunner.FAILED;
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static String displayName(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The command's name as {@code certdesk help} takes it: without the program name. */
    private static String qualifiedName(CommandLine cmd) {
        String qualified = cmd.getCommandSpec().qualifiedName(" "); //$NON-NLS-1$
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1); //$NON-NLS-1$
    }
}

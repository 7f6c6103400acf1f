package io.certdesk.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.certdesk.cli.CommandRunner;
import io.certdesk.cli.internal.start.PlainComponents;
import io.certdesk.cli.internal.start.StartJar;
import org.eclipse.osgi.util.NLS;

/**
 * The start scripts' plain start of a headless command (docs/architecture.md, "Start-up"): every bundle a command
 * needs is on the JVM's class path, and the same declarative-services components that the OSGi framework would wire
 * are wired from their descriptors ({@link PlainComponents}), so a command starts without the framework, its
 * resolver and its class loaders, and the class-data-sharing archive covers all of its classes. The command line and
 * its behaviour are those of the OSGi start ({@link CertDeskApplication}); of the framework's own options only
 * {@code -nl} (the language) is understood, as the launcher understands it, anywhere on the line.
 * {@code CERTDESK_OSGI=1} makes the scripts start through the framework instead.
 */
public final class HeadlessMain {

    static final String LANGUAGE_OPTION = "-nl"; //$NON-NLS-1$
    /**
     * On a class path, Jakarta Mail 2.1 finds its stream provider with the service loader, which reads the service
     * files of every jar, for each multipart and encoded header (jakartaee/mail-api#861): about a fifth of a dry run's
     * delivery. Naming the provider the product ships makes that a class lookup (the framework start keeps the search).
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider"; //$NON-NLS-1$
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider"; //$NON-NLS-1$

    /** What only asks for help (or the version): nothing there reads a time. */
    private static final Set<String> HELP = Set.of("help", "--help", "-h", "--version", "-V"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private HeadlessMain() {
    }

    public static void main(String[] args) {
        List<String> commandLine = withoutLanguage(args);
        if (!onlyHelp(commandLine)) {
            prepareTimeZoneRules();
        }
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        int code = run(commandLine, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Whether the command line only asks for help or the version (or is empty). */
    static boolean onlyHelp(List<String> commandLine) {
        return commandLine.isEmpty() || commandLine.stream().anyMatch(HELP::contains);
    }

    /**
     * Reads the time-zone rules on a second thread while the command is set up. Their first use looks for further
     * rule providers in every jar on the class path (the JDK's {@code ZoneRulesProvider} asks the service loader):
     * opening some 80 jars, most of which the command never reads, took 70 to 90 ms on the main thread of every
     * command that shows a time or opens a workspace. The thread takes the same path as the main thread would
     * ({@code ZoneId}, then the providers), so neither waits for a class the other holds half-initialized.
     */
    private static void prepareTimeZoneRules() {
        Thread.ofPlatform().daemon().name("certdesk-time-zones") //$NON-NLS-1$
                .start(() -> ZoneId.systemDefault().getRules());
    }

    /** Runs one command line (without {@code -nl}) with the components the start jar names. */
    static int run(List<String> commandLine, PrintWriter out, PrintWriter err) {
        Optional<CommandRunner> runner;
        try {
            runner = PlainComponents.of(StartJar.componentBundles(System.getProperty("java.class.path")), //$NON-NLS-1$
                    HeadlessMain.class.getClassLoader()).service(CommandRunner.class);
        } catch (IOException | IllegalStateException e) {
            err.println(NLS.bind(Messages.serviceMissing, e.getMessage()));
            return CommandRunner.FAILED;
        }
        if (runner.isEmpty()) {
            err.println(NLS.bind(Messages.serviceMissing, CommandRunner.class.getName()));
            return CommandRunner.FAILED;
        }
        LaunchMode mode = LaunchMode.of(commandLine.toArray(String[]::new));
        return CommandLaunch.run(mode, runner.get(), out, err);
    }

    /**
     * The arguments without {@code -nl LANGUAGE}, which sets the default locale (and {@code osgi.nl}) as the
     * framework's launcher does; the last one given counts. Called before any message text is loaded.
     */
    static List<String> withoutLanguage(String... args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (LANGUAGE_OPTION.equals(args[i]) && i + 1 < args.length) {
                String language = args[++i];
                System.setProperty("osgi.nl", language); //$NON-NLS-1$
                Locale.setDefault(Locale.forLanguageTag(language.replace('_', '-')));
            } else {
                rest.add(args[i]);
            }
        }
        return rest;
    }
}

package io.certdesk.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    private HeadlessMain() {
    }

    public static void main(String[] args) {
        List<String> commandLine = withoutLanguage(args);
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

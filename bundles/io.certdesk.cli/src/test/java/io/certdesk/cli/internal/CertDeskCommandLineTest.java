package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import io.certdesk.cli.CommandContribution;
import io.certdesk.cli.CommandRunner;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.DuplicateOptionAnnotationsException;
import picocli.CommandLine.Option;

class CertDeskCommandLineTest {

    @Command(name = "echo", description = "Echo the text.")
    static final class EchoCommand implements Callable<Integer> {
        @Option(names = "--text", required = true)
        String text;

        @Override
        public Integer call() {
            if ("linkage".equals(text)) {
                throw new NoClassDefFoundError("org/apache/hc/client5/http/routing/HttpRoutePlanner");
            }
            if ("stack".equals(text)) {
                throw new StackOverflowError();
            }
            if ("memory".equals(text)) {
                throw new OutOfMemoryError("Java heap space");
            }
            if ("boom".equals(text)) {
                throw new IllegalStateException("The roster file roster.xlsx could not be read.");
            }
            System.out.flush();
            return CommandRunner.OK;
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Locale locale, String... args) {
        CommandContribution echo = EchoCommand::new;
        CertDeskCommandLine commandLine = new CertDeskCommandLine(new ProductVersion("1.2.3.v20261123"),
                List.of(echo), locale);
        return commandLine.run(List.of(args), new PrintWriter(out), new PrintWriter(err));
    }

    /** A command whose picocli model cannot be built: two options share a name. */
    @Command(name = "broken", description = "Never built.")
    static final class BrokenCommand implements Callable<Integer> {
        @Option(names = "--same")
        String one;
        @Option(names = "--same")
        String two;

        @Override
        public Integer call() {
            return CommandRunner.OK;
        }
    }

    /**
     * A command line naming one contributed command builds that command's model only: the others' (here one that
     * cannot even be built) are left alone. Help and unknown commands build every command.
     */
    @Test
    void onlyTheNamedCommandIsBuiltAndHelpBuildsThemAll() {
        CommandContribution echo = EchoCommand::new;
        CommandContribution broken = BrokenCommand::new;
        CertDeskCommandLine commandLine = new CertDeskCommandLine(new ProductVersion("1"), List.of(broken, echo),
                Locale.ENGLISH);
        assertEquals(0, commandLine.run(List.of("echo", "--text", "hi"), new PrintWriter(out), new PrintWriter(err)),
                err::toString);
        assertEquals(0, commandLine.run(List.of("echo", "--help"), new PrintWriter(out), new PrintWriter(err)),
                err::toString);
        assertTrue(out.toString().startsWith("Usage: certdesk echo"), out.toString());
        // building every command meets the broken one
        assertThrows(DuplicateOptionAnnotationsException.class,
                () -> commandLine.run(List.of("help"), new PrintWriter(out), new PrintWriter(err)));
        assertThrows(DuplicateOptionAnnotationsException.class,
                () -> commandLine.run(List.of("ehco"), new PrintWriter(out), new PrintWriter(err)));
    }

    @Test
    void versionPrintsTheProductVersionAndRuntime() {
        assertEquals(0, run(Locale.ENGLISH, "--version"));
        assertTrue(out.toString().startsWith("CertDesk 1.2.3.v20261123"), out.toString());
        assertTrue(out.toString().contains("Java " + Runtime.version()), out.toString());
    }

    @Test
    void helpListsBuiltInAndContributedCommandsInEnglish() {
        assertEquals(0, run(Locale.ENGLISH, "help"));
        String help = out.toString();
        assertTrue(help.contains("Usage: certdesk"), help);
        assertTrue(help.contains("Commands:"), help);
        assertTrue(help.contains("Open the CertDesk workbench"), help);
        assertTrue(help.contains("echo"), help);
        assertTrue(help.contains("Exit codes: 0 success, 1 failure, 2 usage error."), help);
    }

    @Test
    void helpIsJapaneseInAJapaneseLocale() {
        assertEquals(0, run(Locale.JAPANESE, "help"));
        String help = out.toString();
        assertTrue(help.contains("\u4f7f\u3044\u65b9: certdesk"), help);
        assertTrue(help.contains("\u30b3\u30de\u30f3\u30c9:"), help);
        assertFalse(help.contains("Commands:"), help);
        assertTrue(help.contains("\u30ef\u30fc\u30af\u30d9\u30f3\u30c1\u3092\u958b\u304d\u307e\u3059"), help);
    }

    @Test
    void helpForOneCommandShowsItsOptions() {
        assertEquals(0, run(Locale.ENGLISH, "help", "echo"));
        assertTrue(out.toString().contains("--text"), out.toString());
    }

    @Test
    void everyCommandAnswersHelpEvenWithoutDeclaringIt() {
        assertEquals(0, run(Locale.ENGLISH, "echo", "--help"));
        assertTrue(out.toString().contains("Usage: certdesk echo"), out.toString());
        assertTrue(out.toString().contains("Show this help and exit."), out.toString());
    }

    @Test
    void usageErrorsPointAtHelpForThatCommand() {
        assertEquals(2, run(Locale.ENGLISH, "echo"));
        assertTrue(err.toString().contains("Run 'certdesk help echo' to see how to use it."), err.toString());
    }

    @Test
    void contributedCommandsUseTheSharedHeadingsInTheirLanguage() {
        assertEquals(0, run(Locale.JAPANESE, "help", "echo"));
        assertTrue(out.toString().contains("\u4f7f\u3044\u65b9: certdesk echo"), out.toString());
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        assertEquals(2, run(Locale.ENGLISH, "hlep"));
        assertTrue(err.toString().contains("Unknown command or option: hlep"), err.toString());
        assertTrue(err.toString().contains("help"), err.toString());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        assertEquals(2, run(Locale.ENGLISH, "help", "nosuch"));
        assertTrue(err.toString().contains("nosuch"), err.toString());
    }

    @Test
    void missingRequiredOptionIsAUsageErrorNamingIt() {
        assertEquals(2, run(Locale.ENGLISH, "echo"));
        assertTrue(err.toString().contains("Missing argument: --text"), err.toString());
        assertTrue(err.toString().contains("--text"), err.toString());
    }

    @Test
    void failingCommandExitsWithOneAndItsMessageWithoutAStackTrace() {
        assertEquals(1, run(Locale.ENGLISH, "echo", "--text", "boom"));
        assertTrue(err.toString().contains("The roster file roster.xlsx could not be read."), err.toString());
        assertFalse(err.toString().contains("at io.certdesk"), err.toString());
    }

    @Test
    void aBrokenInstallationIsReportedAsUnknownErrorWithExitCodeOne() {
        assertEquals(1, run(Locale.ENGLISH, "echo", "--text", "linkage"));
        assertTrue(err.toString().startsWith("[1103] "), err.toString());
        assertTrue(err.toString().contains("HttpRoutePlanner"), err.toString());
    }

    @Test
    void anErrorInACommandIsOneLineWithTheUnknownCodeAndExitCodeOne() {
        for (String kind : List.of("stack", "memory")) {
            err.getBuffer().setLength(0);
            assertEquals(1, run(Locale.ENGLISH, "echo", "--text", kind), kind);
            String[] lines = err.toString().strip().split("\\R");
            assertEquals(1, lines.length, err.toString());
            assertTrue(lines[0].startsWith("[1103] "), err.toString());
            assertTrue(lines[0].contains(kind.equals("stack") ? "StackOverflowError" : "Java heap space"), err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
    }

    @Test
    void successfulCommandExitsWithZero() {
        assertEquals(0, run(Locale.ENGLISH, "echo", "--text", "hello"));
    }

    @Test
    void guiThroughTheRunnerExplainsHowToOpenTheWorkbench() {
        assertEquals(1, run(Locale.ENGLISH, "gui"));
        assertTrue(err.toString().contains("certdesk gui"), err.toString());
    }

    @Test
    void contributionsMayBringTheirOwnHelpTexts() {
        CommandContribution localized = new CommandContribution() {
            @Override
            public Object newCommand() {
                return new EchoCommand();
            }

            @Override
            public Optional<ResourceBundle> helpTexts(Locale locale) {
                return Optional.of(ResourceBundle.getBundle("io.certdesk.cli.internal.echo-help", locale,
                        getClass().getClassLoader()));
            }
        };
        CertDeskCommandLine commandLine = new CertDeskCommandLine(new ProductVersion("1"), List.of(localized),
                Locale.JAPANESE);
        assertEquals(0, commandLine.run(List.of("help"), new PrintWriter(out), new PrintWriter(err)));
        assertTrue(out.toString().contains("\u6587\u5b57\u5217\u3092\u8868\u793a"), out.toString());
    }
}

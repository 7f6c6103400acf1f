package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headless face of the extracted Linux archive: help, version, exit codes, Java discovery. */
class HeadlessCommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Path script;

    @BeforeAll
    static void extract() throws Exception {
        script = Products.linuxScript();
    }

    private static CommandResult certdesk(String... args) throws Exception {
        return CommandResult.run(TIMEOUT, env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
            env.remove("CERTDESK_OSGI");
            env.put("LANG", "C.UTF-8");
        }, CommandResult.command(script, args).toArray(String[]::new));
    }

    /** The same command started through the OSGi framework (CERTDESK_OSGI=1) instead of plainly. */
    private static CommandResult throughOsgi(String... args) throws Exception {
        return CommandResult.run(TIMEOUT, env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
            env.put("CERTDESK_OSGI", "1");
            env.put("LANG", "C.UTF-8");
        }, CommandResult.command(script, args).toArray(String[]::new));
    }

    /**
     * The plain start (headless.jar, the components wired without the framework) offers exactly what the OSGi start
     * offers: the same commands with the same help, in English and Japanese, and the same catalogue. A component the
     * plain start wired differently, or could not wire, shows here as a missing or different command.
     */
    @Test
    void thePlainStartOffersWhatTheFrameworkStartOffers() throws Exception {
        CommandResult plain = certdesk("help");
        CommandResult osgi = throughOsgi("help");
        assertEquals(0, osgi.exit(), osgi::toString);
        assertEquals(osgi.out(), plain.out(), "help");
        assertEquals("", plain.err(), plain::toString);
        for (String[] args : new String[][] { { "-nl", "ja", "help" }, { "help", "run" },
                { "-nl", "ja", "help", "portal", "provision" }, { "status", "--help", "-nl", "ja" } }) {
            CommandResult viaFramework = throughOsgi(args);
            assertEquals(0, viaFramework.exit(), () -> List.of(args) + " through OSGi: " + viaFramework);
            CommandResult viaPlain = certdesk(args);
            assertEquals(viaFramework.out(), viaPlain.out(), () -> List.of(args).toString());
            assertEquals(viaFramework.err(), viaPlain.err(), () -> List.of(args).toString());
        }
        CommandResult catalogue = certdesk("errors");
        assertEquals(0, catalogue.exit(), catalogue::toString);
        assertEquals(throughOsgi("errors").out(), catalogue.out(), "errors");
        CommandResult unknown = certdesk("no-such-command");
        CommandResult unknownOsgi = throughOsgi("no-such-command");
        assertEquals(unknownOsgi.exit(), unknown.exit(), unknown::toString);
        assertEquals(unknownOsgi.err(), unknown.err(), "the usage error");
    }

    @Test
    void versionPrintsTheProductVersionQuicklyAndNothingElse() throws Exception {
        certdesk("--version"); // warm the file cache; the second run is what an administrator sees
        CommandResult result = certdesk("--version");
        System.out.printf("certdesk --version: %d ms%n", result.elapsed().toMillis());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("CertDesk " + System.getProperty("certdesk.version", "0.1.0")
                .replace("-SNAPSHOT", "")), result::toString);
        assertEquals("", result.err(), "library log lines leak into command output: " + result);
    }

    @Test
    void helpListsTheCommands() throws Exception {
        CommandResult result = certdesk("help");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Usage: certdesk"), result::toString);
        assertTrue(result.out().contains("gui"), result::toString);
        assertTrue(result.out().contains("Exit codes: 0 success, 1 failure, 2 usage error."), result::toString);
    }

    /**
     * Inside the product every command's help must render (picocli loads missing texts by bundle name with its own
     * class loader, which inside OSGi sees no other bundle's resources; the test above compares with the OSGi start).
     */
    @Test
    void everyCommandExplainsItselfInsideTheProduct() throws Exception {
        CommandResult help = certdesk("help");
        List<String> commands = help.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .takeWhile(line -> line.startsWith("  ")).filter(line -> line.matches("  \\S.*"))
                .map(line -> line.trim().split("\\s+")[0]).toList();
        assertTrue(commands.containsAll(List.of("gui", "help", "p12", "roster", "portal", "fetch", "errors")),
                "commands listed: " + commands);
        for (String command : commands) {
            CommandResult viaHelp = certdesk("help", command);
            assertEquals(0, viaHelp.exit(), () -> "help " + command + ": " + viaHelp);
            assertTrue(viaHelp.out().startsWith("Usage: certdesk " + command), () -> "help " + command + ": " + viaHelp);
            assertEquals("", viaHelp.err(), () -> "help " + command + ": " + viaHelp);
            if (!command.equals("gui")) {
                CommandResult viaOption = certdesk(command, "--help");
                assertEquals(0, viaOption.exit(), () -> command + " --help: " + viaOption);
                assertEquals(viaHelp.out(), viaOption.out(), () -> command + " --help");
            }
        }
        CommandResult japanese = certdesk("-nl", "ja", "help", "portal", "provision");
        assertEquals(0, japanese.exit(), japanese::toString);
        assertTrue(japanese.out().startsWith("\u4f7f\u3044\u65b9: certdesk portal provision"), japanese::toString);
    }

    @Test
    void helpIsJapaneseWithNlJa() throws Exception {
        CommandResult result = certdesk("-nl", "ja", "help");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("\u4f7f\u3044\u65b9: certdesk"), result::toString);
        assertTrue(result.out().contains("\u30b3\u30de\u30f3\u30c9:"), result::toString);
    }

    @Test
    void japaneseFollowsTheOsLocale() throws Exception {
        CommandResult result = CommandResult.run(TIMEOUT, env -> {
            env.remove("DISPLAY");
            env.remove("LC_ALL");
            env.remove("LC_MESSAGES");
            env.put("LANG", "ja_JP.UTF-8");
        }, script.toString(), "help");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("\u4f7f\u3044\u65b9: certdesk"), result::toString);
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        CommandResult result = certdesk("frobnicate");
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("frobnicate"), result::toString);
    }

    @Test
    void withoutADisplayTheDefaultStartSaysSoAndShowsHelp() throws Exception {
        CommandResult result = certdesk();
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.err().contains("No display was found"), result::toString);
        assertTrue(result.out().contains("Usage: certdesk"), result::toString);
    }

    @Test
    void explicitGuiWithoutADisplayFails() throws Exception {
        CommandResult result = certdesk("gui");
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("No display was found"), result::toString);
    }

    @Test
    void withoutJava21TheScriptSaysWhatToInstall() throws Exception {
        CommandResult result = CommandResult.run(TIMEOUT, env -> {
            env.remove("JAVA_HOME");
            env.remove("CERTDESK_JAVA");
            env.put("PATH", "/usr/bin:/bin");
            env.put("CERTDESK_JAVA_LOCATIONS", "");
        }, script.toString(), "--version");
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("CertDesk needs Java 21 or newer, and none was found."), result::toString);
        assertTrue(result.err().contains("adoptium.net"), result::toString);
        assertFalse(result.out().contains("CertDesk 0"), result::toString);
    }

    @Test
    void theScriptFindsJavaInTheUsualLocations() throws Exception {
        Path runningJdk = Paths.get(System.getProperty("java.home"));
        CommandResult result = CommandResult.run(TIMEOUT, env -> {
            env.remove("JAVA_HOME");
            env.remove("CERTDESK_JAVA");
            env.put("PATH", "/usr/bin:/bin");
            env.put("CERTDESK_JAVA_LOCATIONS", runningJdk.toString());
        }, script.toString(), "--version");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("CertDesk "), result::toString);
    }
}

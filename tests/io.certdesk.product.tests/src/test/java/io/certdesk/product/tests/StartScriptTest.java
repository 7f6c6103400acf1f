package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the Linux start script starts Java (docs/architecture.md, "Start-up"), seen through a stand-in java that
 * records its arguments: the Java version from the runtime's release file, the start flags of short and long
 * commands and of the workbench, the plain start of headless commands (and CERTDESK_OSGI=1), the class-data-sharing
 * archive in the user's owner-only cache folder and the {@code --version} fast path.
 */
class StartScriptTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Path script;
    private static Path java;
    private static Path home;

    @BeforeAll
    static void fakeJava() throws Exception {
        script = Products.linuxScript();
        Path dir = Products.work().resolve("start-script");
        new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start().waitFor();
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        // a runtime whose release file says Java 25; its java would fail the old -version probe
        Files.writeString(dir.resolve("jdk/release"),
                "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"25.0.1+8-LTS\"\nJAVA_VERSION=\"25.0.1\"\n");
        java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\ncase \"$1\" in -XshowSettings*) exit 1 ;; esac\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + dir.resolve("args.txt") + "\"\nexit 3\n");
        java.toFile().setExecutable(true);
        home = Files.createDirectories(dir.resolve("home"));
    }

    private static List<String> start(Consumer<Map<String, String>> environment, String... args) throws Exception {
        Path recorded = java.getParent().getParent().getParent().resolve("args.txt");
        Files.deleteIfExists(recorded);
        CommandResult result = CommandResult.run(TIMEOUT, env -> {
            env.put("CERTDESK_JAVA", java.toString());
            env.put("HOME", home.toString());
            env.remove("XDG_CACHE_HOME");
            env.remove("CERTDESK_NO_CDS");
            env.remove("CERTDESK_VM_OPTIONS");
            environment.accept(env);
        }, CommandResult.command(script, args).toArray(String[]::new));
        assertEquals(3, result.exit(), "the script did not pass java's exit code on: " + result);
        return Files.readAllLines(recorded, StandardCharsets.UTF_8);
    }

    private static String archive(List<String> args) {
        return args.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElse("");
    }

    /** Where the command line starts: after the plain start's {@code -jar .../headless.jar}. */
    private static List<String> commandLine(List<String> args) {
        int jar = args.indexOf("-jar");
        assertTrue(jar >= 0 && args.get(jar + 1).endsWith("/headless.jar"), "not the plain start: " + args);
        return args.subList(jar + 2, args.size());
    }

    @Test
    void shortCommandsStartPlainlyWithC1AndTheirOwnArchive() throws Exception {
        List<String> args = start(env -> { }, "help");
        assertTrue(args.contains("-XX:+UseSerialGC"), args::toString);
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
        assertTrue(args.contains("--enable-native-access=ALL-UNNAMED"), args::toString);
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-Dosgi.startLevel")), "no framework: " + args);
        assertFalse(args.contains("-install"), "no framework: " + args);
        assertTrue(args.contains("-XX:+AutoCreateSharedArchive"), args::toString);
        Path cache = home.resolve(".cache/certdesk");
        assertTrue(archive(args).startsWith("-XX:SharedArchiveFile=" + cache + "/certdesk-"), args::toString);
        assertTrue(archive(args).endsWith("-java-25.0.1_8-LTS-plain-help.jsa"), args::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
        assertEquals(List.of("help"), commandLine(args));
    }

    @Test
    void longCommandsKeepTheFullCompiler() throws Exception {
        List<String> args = start(env -> { }, "run", "roster.xlsx");
        assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
        assertEquals(List.of("run", "roster.xlsx"), commandLine(args));
        assertTrue(archive(args).endsWith("-plain-run.jsa"), "each command its own archive: " + args);
        // the command after -nl; anything but a plain command word shares one archive
        assertTrue(archive(start(env -> { }, "-nl", "ja", "status")).endsWith("-plain-status.jsa"));
        assertTrue(archive(start(env -> { }, "--help")).endsWith("-plain-other.jsa"));
        assertTrue(archive(start(env -> { }, "../x")).endsWith("-plain-other.jsa"));
        assertTrue(archive(start(env -> { }, "Run")).endsWith("-plain-other.jsa"));
    }

    /** A long command keeps C2, for what stays hot far beyond start-up only; a short one compiles with C1 only. */
    @Test
    void longCommandsKeepC2ForWhatStaysHot() throws Exception {
        List<String> run = start(env -> { }, "run", "roster.csv", "--workspace", "w");
        assertFalse(run.contains("-XX:TieredStopAtLevel=1"), run::toString);
        assertTrue(run.contains("-XX:Tier4InvocationThreshold=50000"), run::toString);
        assertTrue(run.contains("-XX:Tier4BackEdgeThreshold=400000"), run::toString);
        List<String> status = start(env -> { }, "status");
        assertTrue(status.contains("-XX:TieredStopAtLevel=1"), status::toString);
        assertFalse(status.stream().anyMatch(a -> a.startsWith("-XX:Tier4")), status::toString);
    }

    /** CERTDESK_OSGI=1: a headless command through the framework, at start level 4, with its own archive. */
    @Test
    void certdeskOsgiStartsHeadlessCommandsThroughTheFramework() throws Exception {
        List<String> args = start(env -> env.put("CERTDESK_OSGI", "1"), "status");
        assertTrue(args.contains("-Dosgi.startLevel=4"), args::toString);
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
        assertFalse(args.contains("--enable-native-access=ALL-UNNAMED"), args::toString);
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:Tier4")), args::toString);
        assertTrue(archive(args).endsWith("-headless.jsa"), args::toString);
        int install = args.indexOf("-install");
        assertTrue(install > 0 && args.get(install - 1).matches(".*/plugins/org\\.eclipse\\.equinox\\.launcher_[^/]*\\.jar"),
                args::toString);
        assertEquals(List.of("status"), args.subList(install + 2, args.size()));
    }

    /**
     * An option of the framework's launcher other than -nl, anywhere and in any case, makes the start go through the
     * framework, which understands it (the plain start would call it an unknown option); -nl alone stays plain.
     */
    @Test
    void frameworkOptionsGoThroughTheFramework() throws Exception {
        for (String[] args : new String[][] { { "-data", "/tmp/w", "gui" }, { "status", "-consoleLog" },
                { "-CLEAN", "help" }, { "-clearPersistedState" } }) {
            List<String> started = start(env -> { }, args);
            int install = started.indexOf("-install");
            assertTrue(install > 0, "through the framework: " + started);
            assertEquals(List.of(args), started.subList(install + 2, started.size()));
            assertFalse(started.contains("--enable-native-access=ALL-UNNAMED"), started::toString);
        }
        List<String> plain = start(env -> { }, "-nl", "ja", "status", "--workspace", "-data-folder");
        assertEquals(List.of("-nl", "ja", "status", "--workspace", "-data-folder"), commandLine(plain));
    }

    @Test
    void theWorkbenchStartsAtTheDefaultLevelWithItsOwnArchive() throws Exception {
        for (String[] workbench : new String[][] { {}, { "gui" }, { "demo", "--users", "3", "--gui" } }) {
            List<String> args = start(env -> { }, workbench);
            assertFalse(args.stream().anyMatch(a -> a.startsWith("-Dosgi.startLevel")), args::toString);
            assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
            // C2 only for what stays hot far beyond start-up (docs/architecture.md, "Start-up")
            assertTrue(args.contains("-XX:Tier4InvocationThreshold=50000"), args::toString);
            assertTrue(args.contains("-XX:Tier4BackEdgeThreshold=400000"), args::toString);
            assertTrue(archive(args).endsWith("-workbench.jsa"), args::toString);
        }
    }

    @Test
    void cdsCanBeSwitchedOffAndFollowsXdgCacheHome() throws Exception {
        List<String> off = start(env -> env.put("CERTDESK_NO_CDS", "1"), "help");
        assertEquals("", archive(off), off::toString);
        assertFalse(off.contains("-XX:+AutoCreateSharedArchive"), off::toString);
        Path xdg = home.resolve("xdg-cache");
        List<String> xdgArgs = start(env -> env.put("XDG_CACHE_HOME", xdg.toString()), "status");
        assertTrue(archive(xdgArgs).startsWith("-XX:SharedArchiveFile=" + xdg.resolve("certdesk") + "/"),
                xdgArgs::toString);
    }

    @Test
    void versionAloneStartsNoFramework() throws Exception {
        for (String flag : new String[] { "--version", "-V" }) {
            List<String> args = start(env -> { }, flag);
            assertEquals("io.certdesk.cli.internal.VersionMain", args.get(args.size() - 1), args::toString);
            assertTrue(args.get(args.size() - 2).matches(".*/plugins/io\\.certdesk\\.cli_[^/]*\\.jar"), args::toString);
            assertFalse(args.contains("-jar"), args::toString);
        }
        List<String> withMore = start(env -> { }, "--version", "--help");
        assertTrue(withMore.contains("-jar"), "--version with more arguments goes to the command line: " + withMore);
    }

    /**
     * Issue 13 point 4: a JVM crash log (it holds the command line and the environment) goes to the user's owner-only
     * folder, never into the current folder (the installation folder when started from there); when that folder
     * cannot be made, nowhere. Before, the JVM's default wrote hs_err_pid*.log into the current folder.
     */
    @Test
    void aCrashLogGoesToTheUsersOwnerOnlyFolderNeverTheCurrentOne() throws Exception {
        Path state = home.resolve("state");
        List<String> args = start(env -> env.put("XDG_STATE_HOME", state.toString()), "help");
        Path crash = state.resolve("certdesk/crash");
        assertTrue(args.contains("-XX:ErrorFile=" + crash + "/hs_err_pid%p.log"), args::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(crash)));
        assertTrue(args.contains("-XX:-CreateCoredumpOnCrash"), args::toString);
        Path blocked = home.resolve("blocked-state");
        Files.writeString(blocked, "a file where the folder would go");
        List<String> nowhere = start(env -> env.put("XDG_STATE_HOME", blocked.toString()), "help");
        assertTrue(nowhere.contains("-XX:ErrorFile=/dev/null"), nowhere::toString);
    }

    /**
     * The language chosen in File &gt; Preferences: the window writes it to {@code $XDG_CONFIG_HOME/certdesk/language}
     * (by default {@code ~/.config/certdesk/language}); the script passes it as {@code -nl} unless the command line
     * gives {@code -nl} itself. No file, or anything but ja or en in it: no {@code -nl} (the system's language).
     */
    @Test
    void theStoredLanguageIsPassedAsNlUnlessTheCommandLineGivesOne() throws Exception {
        Path xdg = home.resolve("xdg-config");
        Files.createDirectories(xdg.resolve("certdesk"));
        Files.writeString(xdg.resolve("certdesk/language"), "ja\n");
        List<String> workbench = start(env -> env.put("XDG_CONFIG_HOME", xdg.toString()));
        int install = workbench.indexOf("-install");
        assertEquals(List.of("-nl", "ja"), workbench.subList(install + 2, workbench.size()), workbench::toString);
        assertTrue(archive(workbench).endsWith("-workbench.jsa"), "still the workbench: " + workbench);

        List<String> command = start(env -> env.put("XDG_CONFIG_HOME", xdg.toString()), "help");
        assertEquals(List.of("-nl", "ja", "help"), commandLine(command));
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), "still a short command: " + command);

        // an explicit -nl wins, wherever it stands
        List<String> explicit = start(env -> env.put("XDG_CONFIG_HOME", xdg.toString()), "-nl", "en", "help");
        assertEquals(List.of("-nl", "en", "help"), commandLine(explicit));
        List<String> later = start(env -> env.put("XDG_CONFIG_HOME", xdg.toString()), "gui", "-nl", "en");
        assertEquals(1, later.stream().filter("-nl"::equals).count(), later::toString);

        // the default folder, English, a file without its newline
        Path config = Files.createDirectories(home.resolve(".config/certdesk"));
        Files.writeString(config.resolve("language"), "en");
        try {
            List<String> english = start(env -> env.remove("XDG_CONFIG_HOME"), "status");
            assertEquals(List.of("-nl", "en", "status"), commandLine(english));
            Files.writeString(config.resolve("language"), "fr\n");
            List<String> other = start(env -> env.remove("XDG_CONFIG_HOME"), "status");
            assertFalse(other.contains("-nl"), "only ja or en: " + other);
            Files.delete(config.resolve("language"));
            List<String> none = start(env -> env.remove("XDG_CONFIG_HOME"), "status");
            assertFalse(none.contains("-nl"), "no file, the system's language: " + none);
        } finally {
            Files.deleteIfExists(config.resolve("language"));
        }
    }
}

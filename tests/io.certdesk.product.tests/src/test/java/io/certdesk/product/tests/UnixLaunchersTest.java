package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.certdesk.product.tests.Products.Platform;

/**
 * The macOS app bundle's launcher (CertDesk.app/Contents/MacOS/CertDesk, a POSIX shell script, run here on
 * Linux with a stand-in osascript that records the dialog it was asked to show) and the Linux archive's
 * install-desktop-entry.
 */
class UnixLaunchersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Path app;

    @BeforeAll
    static void extractMacArchive() throws Exception {
        Path target = Products.work().resolve("macos");
        if (Files.exists(target)) {
            new ProcessBuilder("rm", "-rf", target.toString()).inheritIO().start().waitFor();
        }
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", Products.archive(Platform.MACOS).toString(), "-C",
                target.toString()).inheritIO().start();
        assertTrue(tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar could not extract the macOS archive");
        app = target.resolve("CertDesk.app");
    }

    /**
     * A PATH with only the tools the start scripts use, and no java: the machine's own /usr/bin/java must not
     * count. osascript records its arguments in osascript.txt.
     */
    private static Path toolsWithoutJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("sh", "dirname", "ls", "sed", "head", "sort", "uname", "mkdir", "grep", "cat")) {
            Optional<Path> real = Tools.find(new String[] { tool });
            assertTrue(real.isPresent(), "no " + tool + " on PATH");
            Path link = bin.resolve(tool);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, real.get());
        }
        Path osascript = bin.resolve("osascript");
        Files.writeString(osascript, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \""
                + dir.resolve("osascript.txt") + "\"\n");
        osascript.toFile().setExecutable(true);
        return bin;
    }

    @ParameterizedTest
    @CsvSource({ "C.UTF-8, CertDesk needs Java 21 or newer, Install Eclipse Temurin 21 (JRE) from https://adoptium.net",
            "ja_JP.UTF-8, CertDesk \u306b\u306f Java 21 \u4ee5\u964d\u304c\u5fc5\u8981, https://adoptium.net \u304b\u3089 Eclipse Temurin 21" })
    void appWithoutJavaShowsADialogSayingWhatToInstall(String lang, String first, String install) throws Exception {
        Path dir = Products.work().resolve("macos-nojava-" + lang.substring(0, 2));
        Path bin = toolsWithoutJava(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.deleteIfExists(dir.resolve("osascript.txt"));
        CommandResult result = CommandResult.run(TIMEOUT, env -> {
            env.clear();
            env.put("PATH", bin.toString());
            env.put("HOME", home.toString());
            env.put("LANG", lang);
            env.put("CERTDESK_JAVA_LOCATIONS", "");
        }, app.resolve("Contents/MacOS/CertDesk").toString(), "-psn_0_4711");
        assertEquals(1, result.exit(), result::toString);
        String dialog = Files.readString(dir.resolve("osascript.txt"), StandardCharsets.UTF_8);
        System.out.println("CertDesk.app without Java (" + lang + "), osascript was given:\n" + dialog);
        assertTrue(dialog.contains("display dialog"), dialog);
        assertTrue(dialog.contains(first), dialog);
        assertTrue(dialog.contains(install), dialog);
        // started without a terminal: the messages went to the log
        String log = Files.readString(home.resolve("Library/Logs/CertDesk/launcher.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("CertDesk needs Java 21 or newer, and none was found."), log);
    }

    @Test
    void appStartsCertDeskWithItsArgumentsAndExitCode() throws Exception {
        Path home = Files.createDirectories(Products.work().resolve("macos-java/home"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        CommandResult version = CommandResult.run(TIMEOUT, env -> {
            env.put("HOME", home.toString());
            env.put("CERTDESK_JAVA", java);
            env.remove("DISPLAY");
        }, app.resolve("Contents/MacOS/CertDesk").toString(), "-psn_0_4711", "--version");
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.out().startsWith("CertDesk " + PlatformFilesTest.version()), version::toString);
        CommandResult usage = CommandResult.run(TIMEOUT, env -> {
            env.put("HOME", home.toString());
            env.put("CERTDESK_JAVA", java);
            env.remove("DISPLAY");
        }, app.resolve("Contents/MacOS/CertDesk").toString(), "no-such-command");
        assertEquals(2, usage.exit(), usage::toString);
    }

    @Test
    void linuxDesktopEntryInstallsForTheUserAndIsValid() throws Exception {
        Path installation = Products.linuxScript().getParent();
        Path home = Products.work().resolve("desktop-home");
        if (Files.exists(home)) {
            new ProcessBuilder("rm", "-rf", home.toString()).inheritIO().start().waitFor();
        }
        Files.createDirectories(home);
        CommandResult add = CommandResult.run(TIMEOUT, env -> {
            env.put("HOME", home.toString());
            env.remove("XDG_DATA_HOME");
        }, installation.resolve("install-desktop-entry").toString());
        assertEquals(0, add.exit(), add::toString);
        Path entry = home.resolve(".local/share/applications/io.certdesk.CertDesk.desktop");
        String text = Files.readString(entry, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nExec=\"" + installation.resolve("certdesk") + "\"\n"), text);
        assertTrue(text.contains("\nIcon=" + installation.resolve("certdesk.png") + "\n"), text);
        assertTrue(Files.isRegularFile(installation.resolve("certdesk.png")));
        Path validate = Tools.require("desktop-file-validate", "desktop-file-utils");
        CommandResult valid = CommandResult.run(TIMEOUT, env -> { }, validate.toString(), entry.toString());
        assertEquals(0, valid.exit(), valid::toString);
        assertTrue(valid.out().isBlank() && valid.err().isBlank(), valid::toString);

        CommandResult remove = CommandResult.run(TIMEOUT, env -> env.put("HOME", home.toString()),
                installation.resolve("install-desktop-entry").toString(), "--remove");
        assertEquals(0, remove.exit(), remove::toString);
        assertFalse(Files.exists(entry), "--remove left the entry");
    }
}

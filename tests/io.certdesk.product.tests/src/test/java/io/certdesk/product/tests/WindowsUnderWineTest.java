package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.certdesk.product.tests.Products.Platform;

/**
 * The Windows programs under Wine (Debian wine64) in a fresh prefix: the setup program installs silently per
 * user, upgrades in place keeping the user's files and uninstalls cleanly; certdesk.exe and certdesk.cmd find
 * no Java and say what to install (certdesk.exe in a dialog, in English or Japanese), and with a Java they start
 * the Equinox launcher jar and pass arguments and exit code on. No Windows Java runs here: a stand-in javaw.exe
 * (src/test/resources/fake-javaw.nsi) and java.cmd record how they were started.
 */
class WindowsUnderWineTest {

    private static Wine wine;
    /** The Windows archive's root files and launcher jar, unpacked to C:\CertDesk. */
    private static Path unpacked;

    @BeforeAll
    static void prefix() throws Exception {
        wine = Wine.create(Products.work().resolve("wine/prefix"));
        unpacked = wine.driveC().resolve("CertDesk");
        try (ZipFile zip = new ZipFile(Products.archive(Platform.WINDOWS).toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                boolean root = name.matches("certdesk/[^/]+");
                boolean launcher = name.matches("certdesk/plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar");
                if (!entry.isDirectory() && (root || launcher)) {
                    Path target = unpacked.resolve(name.substring("certdesk/".length()));
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (wine != null) {
            wine.kill();
        }
    }

    private static String windowsPath(Path unix) {
        return "Z:" + unix.toAbsolutePath().toString().replace('/', '\\');
    }

    @Test
    void setupInstallsPerUserSilentlyUpgradesInPlaceAndUninstallsCleanly() throws Exception {
        Path setup = Products.directory().resolve("certdesk-" + PlatformFilesTest.version() + "-win32.win32.x86_64-setup.exe");
        Tools.require(Files.isRegularFile(setup), setup.getFileName() + " (made where makensis, Debian nsis, is)");
        Path profile = wine.userProfile();
        Path settings = Files.createDirectories(profile.resolve(".certdesk/workbench")).resolve("settings.marker");
        Files.writeString(settings, "the user's settings");
        Path installation = profile.resolve("AppData/Local/Programs/CertDesk");
        Path shortcut = profile.resolve("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/CertDesk.lnk");
        String uninstallKey = "[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\CertDesk]";

        CommandResult install = wine.run(Wine.RUN_TIMEOUT, env -> { }, windowsPath(setup), "/S");
        System.out.printf("setup /S under Wine: exit %d after %d ms%n", install.exit(), install.elapsed().toMillis());
        assertEquals(0, install.exit(), install::toString);
        for (String file : new String[] { "certdesk.exe", "certdesk.cmd", "certdesk.ico", "uninstall.exe",
                "logging.properties", "headless.jar", "configuration/config.ini" }) {
            assertTrue(Files.isRegularFile(installation.resolve(file)), "not installed: " + file);
        }
        assertTrue(Files.isRegularFile(shortcut), "no Start-menu entry " + shortcut);
        String userRegistry = Files.readString(wine.prefix().resolve("user.reg"), StandardCharsets.UTF_8);
        assertTrue(userRegistry.contains(uninstallKey), "no uninstall entry under HKCU");
        assertTrue(userRegistry.contains("\"DisplayVersion\"=\"" + PlatformFilesTest.version() + "\""), "no DisplayVersion");
        assertTrue(userRegistry.contains("\"QuietUninstallString\"="), "no QuietUninstallString");
        // per user: nothing machine-wide
        assertFalse(Files.exists(wine.driveC().resolve("Program Files/CertDesk")), "installed into Program Files");
        assertFalse(Files.readString(wine.prefix().resolve("system.reg"), StandardCharsets.UTF_8).contains("CertDesk"),
                "wrote machine-wide registry keys");

        // upgrade in place: the old bundles go, the user's files stay
        Path stale = installation.resolve("plugins/io.certdesk.stale_0.0.1.jar");
        Files.writeString(stale, "an old version's bundle");
        CommandResult upgrade = wine.run(Wine.RUN_TIMEOUT, env -> { }, windowsPath(setup), "/S");
        assertEquals(0, upgrade.exit(), upgrade::toString);
        assertFalse(Files.exists(stale), "the upgrade kept the old version's bundle");
        assertTrue(Files.isRegularFile(installation.resolve("certdesk.exe")), "the upgrade lost certdesk.exe");
        assertTrue(Files.isRegularFile(settings), "the upgrade removed the user's settings");

        CommandResult uninstall = wine.run(Wine.RUN_TIMEOUT, env -> { },
                "C:\\users\\" + profile.getFileName() + "\\AppData\\Local\\Programs\\CertDesk\\uninstall.exe", "/S");
        System.out.printf("uninstall.exe /S under Wine: exit %d after %d ms%n", uninstall.exit(),
                uninstall.elapsed().toMillis());
        assertEquals(0, uninstall.exit(), uninstall::toString);
        assertFalse(Files.exists(installation), "the installation folder is still there");
        assertFalse(Files.exists(shortcut), "the Start-menu entry is still there");
        userRegistry = Files.readString(wine.prefix().resolve("user.reg"), StandardCharsets.UTF_8);
        assertFalse(userRegistry.contains(uninstallKey), "the uninstall entry is still there");
        assertFalse(userRegistry.contains("[Software\\\\CertDesk]"), "HKCU\\Software\\CertDesk is still there");
        assertTrue(Files.isRegularFile(settings), "the uninstaller removed the user's settings");
    }

    @ParameterizedTest
    @CsvSource({ "C.UTF-8, Install a Java 21+ runtime, Too old",
            "ja_JP.UTF-8, Java 21 \u4ee5\u964d\u306e\u30e9\u30f3\u30bf\u30a4\u30e0\u3092\u30a4\u30f3\u30b9\u30c8\u30fc\u30eb, \u53e4\u3059\u304e\u308b" })
    void launcherWithoutJavaSaysInADialogWhatToInstall(String lang, String expected, String tooOld) throws Exception {
        Path exe = unpacked.resolve("certdesk.exe");
        Tools.require(Files.isRegularFile(exe), "certdesk.exe in the Windows archive (made where makensis is)");
        // a Java that is too old, named by JAVA_HOME
        Path old = Files.createDirectories(wine.driveC().resolve("java17/bin"));
        Files.writeString(old.resolve("javaw.exe"), "not run: the release file says 17");
        Files.writeString(old.getParent().resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"17.0.2\"\n");
        Path log = wine.userProfile().resolve("AppData/Local/CertDesk/launcher.log");
        Files.deleteIfExists(log);

        Process process = wine.start(env -> {
            env.put("LANG", lang);
            env.put("LC_ALL", lang);
            env.put("JAVA_HOME", "C:\\java17");
        }, "C:\\CertDesk\\certdesk.exe", "--version").redirectErrorStream(true)
                .redirectOutput(Products.work().resolve("wine/launcher-" + lang + ".out").toFile()).start();
        String window = null;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (window == null && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(300);
                window = xdotool("search", "--name", "^CertDesk$");
            }
            assertNotNull(window, "no dialog window titled CertDesk appeared");
            Thread.sleep(500);
            Path screenshots = Files.createDirectories(Products.work().resolve("screenshots"));
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            ImageIO.write(new Robot().createScreenCapture(screen), "png",
                    screenshots.resolve("wine-launcher-no-java-" + (lang.startsWith("ja") ? "ja" : "en") + ".png").toFile());
            xdotool("key", "--window", window, "Return"); // the dialog's OK
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "certdesk.exe did not end after OK");
        } finally {
            process.destroyForcibly();
            wine.kill();
        }
        assertEquals(1, process.exitValue(), "exit code without Java");
        String text = readUtf16(log);
        System.out.println("certdesk.exe without Java (" + lang + "), launcher.log:\n" + text);
        assertTrue(text.contains(expected), text);
        assertTrue(text.contains("https://adoptium.net/"), text);
        assertTrue(text.contains("winget install EclipseAdoptium.Temurin.21.JRE"), text);
        assertTrue(text.contains(tooOld) && text.contains("C:\\java17 (Java 17)"), text);
    }

    @Test
    void launcherStartsTheEquinoxLauncherWithJavawAndPassesArgumentsAndExitCodeOn() throws Exception {
        Path exe = unpacked.resolve("certdesk.exe");
        Tools.require(Files.isRegularFile(exe), "certdesk.exe in the Windows archive (made where makensis is)");
        Path makensis = Tools.require("makensis", "nsis");
        Path home = Files.createDirectories(wine.driveC().resolve("java21/bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
        Path script = Products.work().resolve("wine/fake-javaw.nsi");
        try (InputStream in = WindowsUnderWineTest.class.getResourceAsStream("/fake-javaw.nsi")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        CommandResult built = CommandResult.run(Duration.ofSeconds(60), env -> { }, makensis.toString(), "-V2",
                "-DOUTFILE=" + home.resolve("bin/javaw.exe"), script.toString());
        assertEquals(0, built.exit(), built::toString);

        CommandResult result = wine.run(Wine.RUN_TIMEOUT, env -> env.put("JAVA_HOME", "C:\\java21"),
                "C:\\CertDesk\\certdesk.exe", "--version", "two words");
        assertEquals(3, result.exit(), "certdesk.exe did not pass javaw's exit code on: " + result);
        String commandLine = readUtf16(home.resolve("bin/args.txt"));
        System.out.println("certdesk.exe started: " + commandLine);
        assertTrue(commandLine.startsWith("\"C:\\java21\\bin\\javaw.exe\" "), commandLine);
        assertTrue(commandLine.contains(" -jar \"C:\\CertDesk\\plugins\\org.eclipse.equinox.launcher_"), commandLine);
        assertTrue(commandLine.contains(" -install \"C:\\CertDesk\" "), commandLine);
        assertTrue(commandLine.contains("-Djava.util.logging.config.file=C:\\CertDesk\\logging.properties"), commandLine);
        assertTrue(commandLine.endsWith(" --version \"two words\""), commandLine);

        // the other tests of this prefix must find no Java: the key and the folder go again afterwards
        String key = "HKLM\\SOFTWARE\\Eclipse Adoptium\\JRE\\21.0.5.11\\hotspot\\MSI";
        Path programFiles = wine.driveC().resolve("Program Files/Eclipse Adoptium");
        try {
            // without JAVA_HOME: the registry key the Temurin installer writes (its path ends with a backslash)
            CommandResult reg = wine.run(Wine.RUN_TIMEOUT, env -> { }, "reg", "add", key, "/v", "Path", "/d",
                    "C:\\java21\\", "/f");
            assertEquals(0, reg.exit(), reg::toString);
            Files.delete(home.resolve("bin/args.txt"));
            CommandResult fromRegistry = wine.run(Wine.RUN_TIMEOUT, env -> { }, "C:\\CertDesk\\certdesk.exe");
            assertEquals(3, fromRegistry.exit(), fromRegistry::toString);
            String registryLine = readUtf16(home.resolve("bin/args.txt"));
            assertTrue(registryLine.startsWith("\"C:\\java21\\bin\\javaw.exe\" "), registryLine);
            assertTrue(registryLine.endsWith("-install \"C:\\CertDesk\" "), "no arguments given, none passed: " + registryLine);
            CommandResult unreg = wine.run(Wine.RUN_TIMEOUT, env -> { }, "reg", "delete", key, "/f");
            assertEquals(0, unreg.exit(), unreg::toString);

            // neither: a vendor folder under Program Files
            Files.createDirectories(programFiles);
            Path temurin = programFiles.resolve("jre-21.0.5.11-hotspot");
            Files.move(home, temurin);
            CommandResult fromFolder = wine.run(Wine.RUN_TIMEOUT, env -> { }, "C:\\CertDesk\\certdesk.exe", "help");
            assertEquals(3, fromFolder.exit(), fromFolder::toString);
            String folderLine = readUtf16(temurin.resolve("bin/args.txt"));
            assertTrue(folderLine.startsWith("\"C:\\Program Files\\Eclipse Adoptium\\jre-21.0.5.11-hotspot\\bin\\javaw.exe\" "),
                    folderLine);
            assertTrue(folderLine.endsWith(" help"), folderLine);
        } finally {
            wine.run(Wine.RUN_TIMEOUT, env -> { }, "reg", "delete", key, "/f");
            new ProcessBuilder("rm", "-rf", programFiles.toString()).inheritIO().start().waitFor();
        }
        System.out.println("certdesk.exe found Java through JAVA_HOME, the Temurin registry key and Program Files");
    }

    @Test
    void consoleLauncherWithoutJavaSaysWhatToInstall() throws Exception {
        CommandResult result = wine.run(Wine.RUN_TIMEOUT, env -> { }, "cmd", "/c", "C:\\CertDesk\\certdesk.cmd",
                "--version");
        System.out.println("certdesk.cmd without Java under Wine's cmd: " + result);
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("CertDesk needs Java 21 or newer, and none was found."), result::toString);
        assertTrue(result.err().contains("https://adoptium.net"), result::toString);
        assertTrue(result.err().contains("winget install EclipseAdoptium.Temurin.21.JRE"), result::toString);
    }

    @Test
    void consoleLauncherPassesArgumentsAndExitCodeOn() throws Exception {
        Path bin = Files.createDirectories(wine.driveC().resolve("cmdjava/bin"));
        // a java.cmd standing in for java.exe: reports version 21 when asked, else records its arguments
        Files.writeString(bin.resolve("java.cmd"), String.join("\r\n", "@echo off",
                "if \"%~1\"==\"-XshowSettings:properties\" (", "  >&2 echo     java.specification.version = 21",
                "  exit /b 0", ")", "echo %*> \"%~dp0args.txt\"", "exit /b 3", ""));
        CommandResult result = wine.run(Wine.RUN_TIMEOUT, env -> env.put("CERTDESK_JAVA", "C:\\cmdjava\\bin\\java.cmd"),
                "cmd", "/c", "C:\\CertDesk\\certdesk.cmd", "p12", "inspect", "my file.p12");
        assertEquals(3, result.exit(), result::toString);
        String args = Files.readString(bin.resolve("args.txt"), StandardCharsets.ISO_8859_1).strip();
        System.out.println("certdesk.cmd started java with: " + args);
        assertTrue(args.contains("--enable-native-access=ALL-UNNAMED"), args);
        assertTrue(args.endsWith("-jar \"C:\\CertDesk\\headless.jar\"  p12 inspect \"my file.p12\""), args);

        // through the framework: with CERTDESK_OSGI=1, or with one of its launcher's options
        for (String[] osgi : new String[][] { { "CERTDESK_OSGI", "1", "p12" }, { "CERTDESK_OSGI", "0", "-consoleLog" } }) {
            CommandResult framework = wine.run(Wine.RUN_TIMEOUT, env -> {
                env.put("CERTDESK_JAVA", "C:\\cmdjava\\bin\\java.cmd");
                env.put(osgi[0], osgi[1]);
            }, "cmd", "/c", "C:\\CertDesk\\certdesk.cmd", osgi[2], "inspect", "my file.p12");
            assertEquals(3, framework.exit(), framework::toString);
            String line = Files.readString(bin.resolve("args.txt"), StandardCharsets.ISO_8859_1).strip();
            assertTrue(line.contains("-jar \"C:\\CertDesk\\plugins\\org.eclipse.equinox.launcher_"), line);
            assertTrue(line.contains("-install \"C:\\CertDesk\""), line);
            assertTrue(line.contains("-Dosgi.startLevel=4"), line);
            assertTrue(line.endsWith(osgi[2] + " inspect \"my file.p12\""), line);
        }
    }

    /**
     * The language chosen in File &gt; Preferences (%APPDATA%\\CertDesk\\language, written by the window): certdesk.cmd
     * and certdesk.exe pass it as -nl unless the command line gives -nl itself.
     */
    @Test
    void launchersPassTheStoredLanguageUnlessTheCommandLineGivesOne() throws Exception {
        Path languageFile = wine.userProfile().resolve("AppData/Roaming/CertDesk/language");
        Files.createDirectories(languageFile.getParent());
        Files.writeString(languageFile, "ja\n");
        try {
            Path bin = Files.createDirectories(wine.driveC().resolve("nljava/bin"));
            Files.writeString(bin.resolve("java.cmd"), String.join("\r\n", "@echo off",
                    "if \"%~1\"==\"-XshowSettings:properties\" (", "  >&2 echo     java.specification.version = 21",
                    "  exit /b 0", ")", "echo %*> \"%~dp0args.txt\"", "exit /b 3", ""));
            CommandResult stored = wine.run(Wine.RUN_TIMEOUT, env -> env.put("CERTDESK_JAVA", "C:\\nljava\\bin\\java.cmd"),
                    "cmd", "/c", "C:\\CertDesk\\certdesk.cmd", "help");
            assertEquals(3, stored.exit(), stored::toString);
            String args = Files.readString(bin.resolve("args.txt"), StandardCharsets.ISO_8859_1).strip();
            System.out.println("certdesk.cmd with a stored language: " + args);
            assertTrue(args.endsWith("-jar \"C:\\CertDesk\\headless.jar\" -nl ja help"), args);
            CommandResult given = wine.run(Wine.RUN_TIMEOUT, env -> env.put("CERTDESK_JAVA", "C:\\nljava\\bin\\java.cmd"),
                    "cmd", "/c", "C:\\CertDesk\\certdesk.cmd", "-nl", "en", "help");
            assertEquals(3, given.exit(), given::toString);
            String explicit = Files.readString(bin.resolve("args.txt"), StandardCharsets.ISO_8859_1).strip();
            assertTrue(explicit.endsWith(" -nl en help"), explicit);
            assertFalse(explicit.contains("-nl ja"), "an explicit -nl wins: " + explicit);

            Path exe = unpacked.resolve("certdesk.exe");
            if (Files.isRegularFile(exe)) { // certdesk.exe is made where makensis is
                Path home = Files.createDirectories(wine.driveC().resolve("nljava21/bin")).getParent();
                Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
                Path script = Products.work().resolve("wine/fake-javaw.nsi");
                try (InputStream in = WindowsUnderWineTest.class.getResourceAsStream("/fake-javaw.nsi")) {
                    Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                CommandResult built = CommandResult.run(Duration.ofSeconds(60), env -> { },
                        Tools.require("makensis", "nsis").toString(), "-V2", "-DOUTFILE=" + home.resolve("bin/javaw.exe"),
                        script.toString());
                assertEquals(0, built.exit(), built::toString);
                CommandResult window = wine.run(Wine.RUN_TIMEOUT, env -> env.put("JAVA_HOME", "C:\\nljava21"),
                        "C:\\CertDesk\\certdesk.exe");
                assertEquals(3, window.exit(), window::toString);
                String line = readUtf16(home.resolve("bin/args.txt"));
                System.out.println("certdesk.exe with a stored language: " + line);
                assertTrue(line.endsWith("-install \"C:\\CertDesk\" -nl ja "), line);
                CommandResult exeGiven = wine.run(Wine.RUN_TIMEOUT, env -> env.put("JAVA_HOME", "C:\\nljava21"),
                        "C:\\CertDesk\\certdesk.exe", "-nl", "en");
                assertEquals(3, exeGiven.exit(), exeGiven::toString);
                String exeLine = readUtf16(home.resolve("bin/args.txt"));
                assertTrue(exeLine.endsWith("-install \"C:\\CertDesk\" -nl en"), exeLine);
            }
        } finally {
            Files.deleteIfExists(languageFile);
        }
    }

    private static String readUtf16(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_16).replace("\r\n", "\n");
    }

    /** Runs xdotool; returns its first output line, or null. */
    private static String xdotool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Tools.require("xdotool", "xdotool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return out.isEmpty() ? null : out.lines().findFirst().orElse(null);
    }
}

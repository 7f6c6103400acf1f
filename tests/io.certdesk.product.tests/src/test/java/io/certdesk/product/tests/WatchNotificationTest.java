package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, point 7: certificates downloaded 20 hours earlier produce an at-risk notification within seconds of
 * opening the workspace, read back through the accessibility tree. Everything before the workbench runs under
 * Debian's {@code faketime} 20 hours in the past (libfaketime preloaded into the product's JVM): the reference
 * portal ({@code portal provision}, {@code portal serve}), {@code workspace init}, {@code import} and
 * {@code download} (download only: nothing verified or exported, so every 24-hour window stays open with 4 hours
 * left, less than the default 6-hour margin). Then, at the real time, {@code certdesk status} must see those
 * windows at risk (the proof that the JVM under faketime really wrote the shifted time), and
 * {@code certdesk gui --workspace W --passphrase-file F} must raise the watcher's notification, which
 * {@code watch_atspi_driver.py} reads through AT-SPI: the count and the first deadline, never a name. Japanese and
 * English; screenshots in target/e2e/screenshots/watch-faketime-LANG.
 */
class WatchNotificationTest {

    private static final int USERS = 3;
    private static final String SHIFT = "-20h";
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(120);
    private static final Duration DRIVER_DEADLINE = Duration.ofSeconds(120);
    /** How soon after the workbench's window appears the notification must be read. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final String PYTHON = "/usr/bin/python3";
    private static final Pattern AT_RISK = Pattern.compile(
            "(?m)^\\S+ downloaded deadline (\\d{4})-(\\d{2}-\\d{2} \\d{2}:\\d{2}) \\((\\d+)h(\\d+)m left\\) AT RISK$");

    @ParameterizedTest
    @CsvSource({
            "ja, '24 \u6642\u9593\u306e\u671f\u9650\u304c\u8fd1\u3044\u8a3c\u660e\u66f8: 3 \u4ef6', \u6700\u521d\u306e\u671f\u9650\u306f",
            "en, '24-hour windows closing soon: 3', The first closes at" })
    void windowsDownloadedTwentyHoursAgoAreToldAtRiskWhenTheWorkspaceOpens(String language, String title,
            String textStart) throws Exception {
        long testStart = System.nanoTime();
        assertNotNull(System.getenv("DISPLAY"),
                "the workbench test needs an X display: run the README's test command (it uses xvfb-run)");
        Tools.require(Files.isExecutable(Paths.get(PYTHON)) && WorkbenchAccessibilityTest.pythonHasAtspi(), PYTHON
                + " with pyatspi and Gdk (Debian packages python3-pyatspi, gir1.2-atspi-2.0, gir1.2-gtk-3.0)");
        Path dbusRunSession = Tools.require("dbus-run-session", "dbus-bin, which dbus-x11 brings");
        Path faketime = Tools.require("faketime", "faketime");
        Path script = Products.linuxScript();
        Path dir = Products.work().resolve("watch-faketime-" + language);
        if (Files.exists(dir)) {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
        Files.createDirectories(dir);
        Path evidence = Files.createDirectories(Products.work().resolve("screenshots/watch-faketime-" + language));
        try (var old = Files.list(evidence)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }

        Path data = dir.resolve("portal");
        Path roster = dir.resolve("roster.csv");
        Path workspace = dir.resolve("workspace");
        Path passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, "watch faketime " + language + " 2026\n", StandardCharsets.UTF_8);
        assertOk(past(faketime, script, "portal", "provision", "--data", data.toString(), "--group",
                "G-WATCH-" + language.toUpperCase(), "--count", Integer.toString(USERS), "--roster", roster.toString(),
                "--locale", language, "--repository-url", "http://127.0.0.1:" + freePort() + "/repository/"));
        List<String> names = rosterNames(roster);

        Path portalLog = dir.resolve("portal.log");
        ProcessBuilder serve = new ProcessBuilder(faketime.toString(), "-f", SHIFT, script.toString(), "portal", "serve",
                "--data", data.toString(), "--port", "0").redirectErrorStream(true).redirectOutput(portalLog.toFile());
        shifted(serve.environment());
        Process portal = serve.start();
        Process driver = null;
        try {
            // the portal writes the client profile when it serves
            long deadline = System.nanoTime() + COMMAND_DEADLINE.toNanos();
            while (System.nanoTime() < deadline && !read(portalLog).contains("serving at https://127.0.0.1:")) {
                assertTrue(portal.isAlive(), () -> "the portal stopped: " + read(portalLog));
                Thread.sleep(200);
            }
            assertTrue(read(portalLog).contains("serving at https://127.0.0.1:"), () -> read(portalLog));
            String ws = workspace.toString();
            String pass = passphrase.toString();
            assertOk(past(faketime, script, "workspace", "init", "--workspace", ws, "--passphrase-file", pass,
                    "--trust", data.resolve("ca/root.pem").toString(), "--portal-profile",
                    data.resolve("client-profile.properties").toString(), "--proxy", "none"));
            assertOk(past(faketime, script, "import", roster.toString(), "--workspace", ws, "--passphrase-file", pass));
            CommandResult download = past(faketime, script, "download", "--workspace", ws, "--passphrase-file", pass);
            assertOk(download);
            assertTrue(download.out().contains(USERS + " downloaded, 0 verified, 0 exported, 0 failed"), download::toString);
            stop(portal);

            // now, at the real time: the windows opened 20 hours ago have about 4 hours left, less than the margin
            CommandResult status = CommandResult.run(COMMAND_DEADLINE, env -> env.remove("DISPLAY"), script.toString(),
                    "-nl", "en", "status", "--workspace", ws, "--passphrase-file", pass);
            assertEquals(1, status.exit(), "status exits 1 when entries are at risk: " + status);
            assertTrue(status.out().contains(USERS + " downloaded entries not yet exported, " + USERS + " at risk"),
                    status::toString);
            List<String> deadlines = new ArrayList<>();
            Matcher risk = AT_RISK.matcher(status.out());
            while (risk.find()) {
                long minutesLeft = Long.parseLong(risk.group(3)) * 60 + Long.parseLong(risk.group(4));
                assertTrue(minutesLeft > 3 * 60 + 30 && minutesLeft <= 4 * 60,
                        "downloaded 20 hours ago under faketime, so about 4 hours left: " + status);
                deadlines.add(risk.group(2));
            }
            assertEquals(USERS, deadlines.size(), status::toString);
            String first = deadlines.stream().sorted().findFirst().orElseThrow();

            // the workbench opens the workspace; the watcher's notification is read through the accessibility tree
            Path driverOut = dir.resolve("driver.out");
            Path driverErr = dir.resolve("driver.err");
            Path driverScript = Paths.get(WatchNotificationTest.class.getResource("/watch_atspi_driver.py").toURI());
            ProcessBuilder builder = new ProcessBuilder(dbusRunSession.toString(), "--", PYTHON, driverScript.toString(),
                    "--product", script.toString(), "--lang", language, "--data", dir.resolve("workbench").toString(),
                    "--workspace", ws, "--passphrase-file", pass, "--title", title, "--out", evidence.toString())
                    .redirectOutput(driverOut.toFile()).redirectError(driverErr.toFile());
            builder.environment().remove("GTK_MODULES"); // the driver gives the bridge to the product only
            driver = builder.start();
            boolean ended = driver.waitFor(DRIVER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            String out = read(driverOut);
            String report = "\n--- driver\n" + out + "\n--- driver log\n" + read(driverErr) + "\n(screenshots, the product's"
                    + " output and, on failure, the accessible tree in " + evidence + ")";
            assertTrue(ended, "the driver did not end within " + DRIVER_DEADLINE + report);
            assertEquals(0, driver.exitValue(), "the notification was not read" + report);
            assertTrue(out.lines().anyMatch("OK"::equals), report);
            long window = millis(out, "WINDOW");
            long popup = millis(out, "POPUP");
            System.out.printf("watch notification (%s): window after %d ms, notification %d ms later%n", language,
                    window, popup - window);
            assertTrue(popup - window <= PROMPTLY.toMillis(), "the notification came " + (popup - window)
                    + " ms after the window, not within " + PROMPTLY + report);

            List<String> labels = out.lines().filter(l -> l.startsWith("LABEL ")).map(l -> l.substring(6)).toList();
            assertTrue(labels.contains(title), "the title with the count of windows closing: " + labels + report);
            String text = labels.stream().filter(l -> l.startsWith(textStart)).findFirst()
                    .orElseThrow(() -> new AssertionError("no text starting with " + textStart + report));
            assertTrue(text.contains(first), "the text names the first deadline " + first + " (as status shows it): "
                    + text);
            String all = String.join("\n", labels);
            for (String name : names) {
                assertFalse(all.contains(name), "the notification names a person (" + name + "): " + all);
            }

            String product = read(evidence.resolve("certdesk-" + language + ".out"));
            assertFalse(product.contains("Exception"), "the product printed an exception:\n" + product);
            System.out.printf("watch notification (%s): whole test %d ms%n", language,
                    Duration.ofNanos(System.nanoTime() - testStart).toMillis());
        } finally {
            if (driver != null && driver.isAlive()) {
                driver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            stop(portal);
        }
    }

    /** Stops the portal: faketime runs it as a child, so its JVM is stopped first, then faketime. */
    private static void stop(Process portal) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(portal.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
        portal.destroy();
        if (!portal.waitFor(30, TimeUnit.SECONDS)) {
            portal.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs a product command under faketime, 20 hours in the past. */
    private static CommandResult past(Path faketime, Path script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(faketime.toString(), "-f", SHIFT));
        command.addAll(CommandResult.command(script, args));
        return CommandResult.run(COMMAND_DEADLINE, WatchNotificationTest::shifted, command.toArray(String[]::new));
    }

    /**
     * The environment of a product JVM under faketime: only the wall clock is shifted (a faked monotonic clock makes
     * the JVM's timed waits crawl), libfaketime's monotonic fix is off (with it every JVM start took 30 s and more), and
     * no class-data sharing archive (it is shared with the runs at the real time in the user's cache).
     */
    private static void shifted(Map<String, String> env) {
        env.remove("DISPLAY");
        env.put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        env.put("FAKETIME_FORCE_MONOTONIC_FIX", "0");
        env.put("CERTDESK_NO_CDS", "1");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private static void assertOk(CommandResult result) {
        assertEquals(0, result.exit(), result::toString);
    }

    /** The users' names in the roster (the column after the certificate number and the e-mail address). */
    private static List<String> rosterNames(Path roster) throws Exception {
        List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            for (String cell : line.split(",", -1)) {
                String value = cell.strip();
                if (!value.isEmpty() && !value.contains("@") && !value.chars().allMatch(Character::isDigit)
                        && value.codePoints().anyMatch(Character::isLetter) && value.length() < 40) {
                    names.add(value);
                }
            }
        }
        assertFalse(names.isEmpty(), "names in the roster " + lines);
        return names;
    }

    private static long millis(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + " ")).map(l -> Long.parseLong(l.substring(key.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " line in\n" + out));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}

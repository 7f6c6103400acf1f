package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A fresh 64-bit Wine prefix (Debian wine64 8.0) under the test's work folder: no network, no Mono or Gecko
 * download (mscoree and mshtml disabled), quiet (WINEDEBUG=-all), every run bounded by a timeout, on the
 * build's X display.
 */
final class Wine {

    static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    private final Path wine;
    private final Path wineserver;
    private final Path prefix;

    private Wine(Path wine, Path wineserver, Path prefix) {
        this.wine = wine;
        this.wineserver = wineserver;
        this.prefix = prefix;
    }

    /** Debian 12: /usr/bin/wine (package wine) or /usr/lib/wine/wine64 (package wine64). */
    static Optional<Path> wineBinary() {
        return Tools.find(new String[] { "wine", "wine64" }, "/usr/lib/wine");
    }

    /** Creates the prefix (wineboot), failing on CI and skipping elsewhere when Wine or the display is missing. */
    static Wine create(Path prefix) throws Exception {
        Optional<Path> wine = wineBinary();
        Tools.require(wine.isPresent(), "wine (Debian packages wine and wine64)");
        Optional<Path> server = Tools.find(new String[] { "wineserver", "wineserver64" }, "/usr/lib/wine");
        Tools.require(server.isPresent(), "wineserver (Debian package wine64)");
        Tools.require(System.getenv("DISPLAY") != null, "an X display for Wine (run the build under xvfb-run)");
        if (Files.exists(prefix)) {
            new ProcessBuilder("rm", "-rf", prefix.toString()).inheritIO().start().waitFor();
        }
        Files.createDirectories(prefix.getParent());
        Wine created = new Wine(wine.get(), server.get(), prefix);
        long start = System.nanoTime();
        CommandResult boot = created.run(Duration.ofSeconds(180), env -> { }, "wineboot", "-i");
        assertEquals(0, boot.exit(), () -> "wineboot: " + boot);
        // Japanese text needs Windows' Japanese UI font: Debian fonts-ipafont-gothic (a test package) stands in
        // for MS UI Gothic, or the Japanese dialog shows empty boxes in the screenshots
        CommandResult reg = created.run(RUN_TIMEOUT, env -> { }, "reg", "add",
                "HKCU\\Software\\Wine\\Fonts\\Replacements", "/v", "MS UI Gothic", "/d", "IPAGothic", "/f");
        assertEquals(0, reg.exit(), () -> "reg add: " + reg);
        System.out.printf("Wine prefix %s created in %d ms%n", prefix,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return created;
    }

    Path prefix() {
        return prefix;
    }

    Path driveC() {
        return prefix.resolve("drive_c");
    }

    /** The Windows user's profile folder (C:\\users\\NAME). */
    Path userProfile() throws IOException {
        try (Stream<Path> users = Files.list(driveC().resolve("users"))) {
            List<Path> found = users.filter(p -> !p.getFileName().toString().equals("Public")).toList();
            assertEquals(1, found.size(), "users in the prefix: " + found);
            return found.get(0);
        }
    }

    void environment(Map<String, String> env) {
        env.put("WINEPREFIX", prefix.toString());
        env.put("WINEDEBUG", "-all");
        env.put("WINEDLLOVERRIDES", "mscoree,mshtml=");
        env.put("LANG", "C.UTF-8");
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        // No Java for the Windows programs: the build's JAVA_HOME is a Linux path
        env.remove("JAVA_HOME");
        env.remove("CERTDESK_JAVA");
    }

    List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(wine.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a Windows program to its end, then waits until every process of the prefix has ended. */
    CommandResult run(Duration timeout, Consumer<Map<String, String>> change, String... args) throws Exception {
        CommandResult result = CommandResult.run(timeout, env -> {
            environment(env);
            change.accept(env);
        }, command(args).toArray(String[]::new));
        waitForAll();
        return result;
    }

    ProcessBuilder start(Consumer<Map<String, String>> change, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command(args));
        environment(builder.environment());
        change.accept(builder.environment());
        return builder;
    }

    /** wineserver -w: until no process of the prefix runs (an uninstaller goes on in a copy of itself). */
    void waitForAll() throws Exception {
        CommandResult wait = CommandResult.run(RUN_TIMEOUT, this::environment, wineserver.toString(), "-w");
        assertTrue(wait.exit() == 0, () -> "wineserver -w: " + wait);
    }

    void kill() throws Exception {
        CommandResult.run(RUN_TIMEOUT, this::environment, wineserver.toString(), "-k");
    }
}

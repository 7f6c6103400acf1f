package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Starts the extracted Linux product on the X display, waits for the CertDesk window, saves a screenshot
 * under target/e2e/screenshots, and fails when no window appears or the output or log shows an exception.
 */
class WorkbenchSmokeTest {

    private static final Duration WINDOW_DEADLINE = Duration.ofSeconds(90);

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void workbenchWindowOpensWithoutErrors(String language) throws Exception {
        assertNotNull(System.getenv("DISPLAY"),
                "the workbench test needs an X display: run the README's test command (it uses xvfb-run)");
        Path script = Products.linuxScript();
        Path work = Products.work();
        Path data = work.resolve("workbench-" + language);
        Path output = work.resolve("workbench-" + language + ".out");
        Path screenshot = Files.createDirectories(work.resolve("screenshots")).resolve("workbench-" + language + ".png");

        Process product = new ProcessBuilder(script.toString(), "-nl", language, "-data", data.toString(), "-consoleLog")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long start = System.nanoTime();
        String window = null;
        try {
            window = waitForWindow(product);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (window != null) {
                System.out.printf("workbench window (%s) after %d ms%n", language, millis);
                Thread.sleep(1500); // let the parts paint before the screenshot
            }
        } finally {
            saveScreenshot(screenshot);
            product.destroy();
            if (!product.waitFor(30, TimeUnit.SECONDS)) {
                product.destroyForcibly().waitFor();
            }
        }
        String console = Files.readString(output, StandardCharsets.UTF_8);
        Path logFile = data.resolve(".metadata/.log");
        String log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        assertTrue(window != null, "no CertDesk window within " + WINDOW_DEADLINE + " (screenshot " + screenshot
                + ")\n--- output\n" + console + "\n--- log\n" + log);
        assertFalse(console.contains("Exception"), "the product printed an exception:\n" + console);
        assertFalse(log.contains("Exception") || log.contains("!ENTRY") && log.contains(" 4 "),
                "the workbench log shows errors:\n" + log);
    }

    /** Polls the X server for a visible window titled CertDesk; null when the deadline passes or the product exits. */
    private static String waitForWindow(Process product) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WINDOW_DEADLINE.toNanos();
        while (System.nanoTime() < deadline && product.isAlive()) {
            Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^CertDesk")
                    .redirectErrorStream(true).start();
            String found = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (search.waitFor() == 0 && !found.isEmpty()) {
                return found.lines().findFirst().orElse(found);
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static void saveScreenshot(Path file) {
        try {
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile());
            System.out.println("screenshot: " + file);
        } catch (Exception | Error e) { // a missing screenshot must not hide the real result
            System.out.println("no screenshot (" + e + ")");
        }
    }
}

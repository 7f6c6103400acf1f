package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starts the extracted Linux product on the X display in English and Japanese: waits for the CertDesk window,
 * opens Help &gt; About (its title in the language asked for), quits with Ctrl+Q and expects exit code 0.
 * Screenshots of the window and the dialog go to target/e2e/screenshots; any exception in the output or
 * the workbench log fails the test.
 */
class WorkbenchSmokeTest {

    private static final Duration WINDOW_DEADLINE = Duration.ofSeconds(90);

    @ParameterizedTest
    @CsvSource({ "en, ^About CertDesk", "ja, ^CertDesk \u306b\u3064\u3044\u3066" })
    void workbenchOpensShowsAboutAndQuitsCleanly(String language, String aboutTitle) throws Exception {
        assertNotNull(System.getenv("DISPLAY"),
                "the workbench test needs an X display: run the README's test command (it uses xvfb-run)");
        Path script = Products.linuxScript();
        Path work = Products.work();
        Path data = work.resolve("workbench-" + language);
        Path output = work.resolve("workbench-" + language + ".out");
        Path screenshots = Files.createDirectories(work.resolve("screenshots"));

        Process product = new ProcessBuilder(script.toString(), "-nl", language, "-data", data.toString(), "-consoleLog")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long start = System.nanoTime();
        String window = null;
        String about = null;
        boolean quit = false;
        try {
            window = waitForWindow(product, "^CertDesk");
            if (window != null) {
                System.out.printf("workbench window (%s) after %d ms%n", language,
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                Thread.sleep(1500); // let the parts paint before the screenshot
                saveScreenshot(screenshots.resolve("workbench-" + language + ".png"));
                // Help > About through the keyboard: the menu's mnemonic, then About's (&A in both languages)
                xdotool("windowfocus", "--sync", window);
                xdotool("key", "--clearmodifiers", "alt+h");
                Thread.sleep(500);
                xdotool("key", "a");
                about = waitForWindow(product, aboutTitle);
                if (about != null) {
                    Thread.sleep(500);
                    saveScreenshot(screenshots.resolve("about-" + language + ".png"));
                    xdotool("key", "Return"); // OK closes the dialog
                    Thread.sleep(500);
                    xdotool("windowfocus", "--sync", window);
                    xdotool("key", "--clearmodifiers", "ctrl+q"); // File > Quit
                    quit = product.waitFor(30, TimeUnit.SECONDS);
                }
            } else {
                saveScreenshot(screenshots.resolve("workbench-" + language + "-missing.png"));
            }
        } finally {
            if (product.isAlive()) {
                product.destroy();
                if (!product.waitFor(30, TimeUnit.SECONDS)) {
                    product.destroyForcibly().waitFor();
                }
            }
        }
        String console = Files.readString(output, StandardCharsets.UTF_8);
        Path logFile = data.resolve(".metadata/.log");
        String log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        String evidence = " (screenshots in " + screenshots + ")\n--- output\n" + console + "\n--- log\n" + log;
        assertTrue(window != null, "no CertDesk window within " + WINDOW_DEADLINE + evidence);
        assertTrue(about != null, "Help > About did not open a window titled " + aboutTitle + evidence);
        assertTrue(quit, "Ctrl+Q did not end CertDesk within 30 s" + evidence);
        assertEquals(0, product.exitValue(), "CertDesk ended with exit code " + product.exitValue() + evidence);
        assertFalse(console.contains("Exception"), "the product printed an exception:" + evidence);
        assertFalse(log.contains("Exception") || log.contains("!ENTRY"), "the workbench log shows errors:" + evidence);
    }

    private static void xdotool(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                String.join(" ", command) + " failed: " + out);
    }

    /** Polls the X server for a visible window whose title matches; null when the deadline passes or the product exits. */
    private static String waitForWindow(Process product, String title) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WINDOW_DEADLINE.toNanos();
        while (System.nanoTime() < deadline && product.isAlive()) {
            Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title)
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

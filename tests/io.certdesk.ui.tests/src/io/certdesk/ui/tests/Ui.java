package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives a real SWT display: waits while dispatching, posts real input events, saves screenshots. */
final class Ui {

    private Ui() {
    }

    static boolean japanese() {
        return "ja".equals(Locale.getDefault().getLanguage());
    }

    /** The language of this run: "ja" or "en". */
    static String language() {
        return japanese() ? "ja" : "en";
    }

    /** Dispatches events until {@code condition} holds; fails after {@code timeout}. */
    static void waitUntil(Display display, BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Dispatches events for a while (lets posted input and paints arrive). */
    static void settle(Display display, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Brings the shell to the front so that posted input reaches it. */
    static void activate(Shell shell) {
        shell.moveAbove(null); // raise it: Xvfb has no window manager to do so
        shell.forceActive();
        shell.setFocus();
        settle(shell.getDisplay(), 200);
    }

    /** Types ASCII text with real key events into the focus control. */
    static void type(Display display, String text) {
        for (char c : text.toCharArray()) {
            key(display, c, 0);
        }
    }

    /** Types ASCII text as a person does: upper-case letters with Shift held down. */
    static void typeShifted(Display display, String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                Event shift = new Event();
                shift.type = SWT.KeyDown;
                shift.keyCode = SWT.SHIFT;
                assertTrue(display.post(shift), "Display.post refused Shift");
                key(display, Character.toLowerCase(c), 0);
                Event release = new Event();
                release.type = SWT.KeyUp;
                release.keyCode = SWT.SHIFT;
                display.post(release);
                settle(display, 20);
            } else {
                key(display, c, 0);
            }
        }
    }

    /** Presses and releases one key ({@code character}, or {@code keyCode} when the character is 0). */
    static void key(Display display, char character, int keyCode) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = character;
        down.keyCode = keyCode != 0 ? keyCode : character;
        assertTrue(display.post(down), "Display.post refused a key event");
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = character;
        up.keyCode = down.keyCode;
        display.post(up);
        settle(display, 20);
    }

    /** Holds Ctrl (Cmd on macOS) while {@code action} posts its input: Ctrl+C, Ctrl+F, Ctrl+click. */
    static void withCtrl(Display display, Runnable action) {
        withKey(display, SWT.MOD1 == SWT.COMMAND ? SWT.COMMAND : SWT.CTRL, action);
    }

    /** Holds a modifier key ({@code SWT.SHIFT}, {@code SWT.CTRL}...) while {@code action} posts its input. */
    static void withKey(Display display, int modifier, Runnable action) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = modifier;
        assertTrue(display.post(down), "Display.post refused a key event");
        settle(display, 30);
        try {
            action.run();
        } finally {
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.keyCode = down.keyCode;
            display.post(up);
            settle(display, 30);
        }
    }

    /** Clicks with the left button at a point of {@code control} (its own coordinates). */
    static void click(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point at = control.toDisplay(x, y);
        for (int dy : new int[] { 60, 0 }) { // move onto the point from elsewhere: a real enter, also when the pointer was there
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = at.x;
            move.y = at.y + dy;
            display.post(move);
            settle(display, 100);
        }
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        display.post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        display.post(up);
        settle(display, 150);
    }

    /** Clicks the middle of a control (a button, a text box) with a real mouse event. */
    static void click(Control control) {
        Point size = control.getSize();
        click(control, size.x / 2, size.y / 2);
    }

    /** Clicks into a text box and types ASCII text into it with real key events. */
    static void typeInto(org.eclipse.swt.widgets.Text text, String value) {
        click(text);
        assertTrue(text.isFocusControl(), "the text box did not take the focus");
        type(text.getDisplay(), value);
    }

    /** Every control of a type under a composite, depth first. */
    static <T extends Control> java.util.List<T> find(org.eclipse.swt.widgets.Composite root, Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }

    /** The button with this text (mnemonics included) under a composite. */
    static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite root, String text) {
        return find(root, org.eclipse.swt.widgets.Button.class).stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    /**
     * Runs {@code action} on the UI thread once a shell with this title opens (a modal dialog whose {@code open()}
     * blocks the test's own code until the action closes it).
     */
    static void whenShellOpens(Display display, String title, java.util.function.Consumer<Shell> action) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    activate(shell);
                    action.accept(shell);
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** Saves what the screen shows of the shell to target/screenshots/NAME-LANG.png; returns the file. */
    static Path screenshot(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        // the picture is read off the screen: a shell behind another (the harness opens parts in shells of their own,
        // overlapping the main one) is raised first, or the picture shows the shell in front of it
        shell.moveAbove(null);
        settle(display, 300);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            Path folder = Files.createDirectories(
                    Path.of(System.getProperty("certdesk.screenshots", "target/screenshots")));
            Path file = folder.resolve(name + "-" + language() + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            System.out.println("screenshot: " + file);
            return file;
        } finally {
            image.dispose();
        }
    }
}

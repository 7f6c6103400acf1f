package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/**
 * Puts a password on the clipboard and clears the clipboard {@link #HOLD} later, but only while it still holds that
 * password (whatever the user copied since stays). Time comes from the part's clock, checked once a second.
 */
public final class ClipboardGuard {

    /** How long a copied password stays on the clipboard. */
    public static final Duration HOLD = Duration.ofSeconds(30);
    private static final int TICK_MILLIS = 1000;

    private final Display display;
    private final Clock clock;
    private char[] copied;
    private Instant clearAt;
    private final Runnable tick = this::tick;
    /** One clipboard object for the guard's life: only the object that set the contents can clear them (GTK). */
    private Clipboard board;

    public ClipboardGuard(Display display, Clock clock) {
        this.display = display;
        this.clock = clock;
    }

    /** Copies the password (the caller keeps and wipes its own array). */
    public void copy(char[] password) {
        forget();
        copied = password.clone();
        board().setContents(new Object[] { new String(copied) }, new Transfer[] { TextTransfer.getInstance() });
        clearAt = clock.instant().plus(HOLD);
        display.timerExec(TICK_MILLIS, tick);
    }

    /** Whether a copied password is waiting to be cleared. */
    public boolean pending() {
        return copied != null;
    }

    private void tick() {
        if (copied == null || display.isDisposed()) {
            return;
        }
        if (clock.instant().isBefore(clearAt)) {
            display.timerExec(TICK_MILLIS, tick);
            return;
        }
        clearNow();
    }

    /** Clears the clipboard now if it still holds the password, and forgets the password. */
    public void clearNow() {
        if (copied == null) {
            return;
        }
        if (!display.isDisposed()) {
            Object contents = board().getContents(TextTransfer.getInstance());
            if (contents instanceof String text) {
                char[] now = text.toCharArray();
                try {
                    if (Arrays.equals(now, copied)) {
                        board().clearContents();
                    }
                } finally {
                    Arrays.fill(now, '\0');
                }
            }
        }
        forget();
    }

    private Clipboard board() {
        if (board == null || board.isDisposed()) {
            board = new Clipboard(display);
        }
        return board;
    }

    /** Clears a password still on the clipboard and releases the clipboard (the part closes). */
    public void dispose() {
        clearNow();
        if (board != null && !board.isDisposed()) {
            board.dispose();
        }
    }

    private void forget() {
        if (copied != null) {
            Arrays.fill(copied, '\0');
            copied = null;
        }
        clearAt = null;
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
    }
}

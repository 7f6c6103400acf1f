package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.workspace.PassphraseDialog;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The export password of an exported entry, hidden. "Show password" asks for the workspace passphrase again (the
 * job service checks it; a wrong one is refused and said so), shows the password for {@link #SHOWN} and hides it
 * again; "Copy" (while shown) hands it to the {@link ClipboardGuard}, which clears the clipboard after its hold time.
 * The password is kept as a {@code char[]} and wiped when hidden or when the controls go away.
 */
public final class PasswordSection {

    /** How long a shown password stays visible. */
    public static final Duration SHOWN = Duration.ofSeconds(30);
    /** What the box shows while the password is hidden. */
    public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"; //$NON-NLS-1$
    private static final int TICK_MILLIS = 1000;

    private final WorkspaceModel model;
    private final long entryId;
    private final String entryLabel;
    private final Clock clock;
    private final ClipboardGuard clipboard;
    private final Text value;
    private final Button show;
    private final Button copy;
    private final Label status;
    private final Runnable tick = this::tick;
    private char[] password;
    private Instant hideAt;

    public PasswordSection(Composite content, WorkspaceModel model, long entryId, String entryLabel, Clock clock,
            ClipboardGuard clipboard) {
        this.model = model;
        this.entryId = entryId;
        this.entryLabel = entryLabel;
        this.clock = clock;
        this.clipboard = clipboard;
        Group group = Fields.group(content, Messages.passwordTitle);
        Label name = new Label(group, SWT.NONE);
        name.setText(Messages.passwordLabel);
        value = new Text(group, SWT.READ_ONLY | SWT.SINGLE | SWT.BORDER);
        value.setText(MASK);
        value.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Accessible.name(value, Messages.passwordLabel);
        PixelConverter pixels = new PixelConverter(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(pixels.convertWidthInCharsToPixels(30), SWT.DEFAULT)
                .applyTo(value);
        new Label(group, SWT.NONE);
        Composite buttons = new Composite(group, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        show = new Button(buttons, SWT.PUSH);
        show.setText(Messages.passwordShow);
        show.addListener(SWT.Selection, e -> toggle());
        copy = new Button(buttons, SWT.PUSH);
        copy.setText(Messages.passwordCopy);
        Accessible.name(copy, Messages.passwordCopyAccessible);
        copy.setEnabled(false);
        copy.addListener(SWT.Selection, e -> copy());
        status = new Label(group, SWT.WRAP);
        status.setText(Messages.passwordHidden);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(pixels.convertWidthInCharsToPixels(30), SWT.DEFAULT)
                .applyTo(status);
        value.addListener(SWT.Dispose, e -> wipe());
    }

    /** The "Show password"/"Hide password" button (tests). */
    public Button showButton() {
        return show;
    }

    public Button copyButton() {
        return copy;
    }

    /** What the password box shows (the mask while hidden). */
    public String shownText() {
        return value.getText();
    }

    /** The sentence under the box: hidden, shown until, refused, copied. */
    public String statusText() {
        return status.getText();
    }

    public boolean shown() {
        return password != null;
    }

    private void toggle() {
        if (password != null) {
            hide();
            return;
        }
        WorkspaceSession session = model.session().orElse(null);
        if (session == null) {
            return;
        }
        PassphraseDialog prompt = new PassphraseDialog(show.getShell(), Messages.passwordDialogTitle,
                NLS.bind(Messages.passwordDialogMessage, entryLabel), Messages.passwordDialogLabel);
        if (prompt.open() != Window.OK) {
            return;
        }
        char[] passphrase = prompt.takePassphrase();
        show.setEnabled(false);
        status.setText(Messages.passwordChecking);
        layout();
        var display = show.getDisplay();
        Job job = Job.create(Messages.passwordJob, (IProgressMonitor monitor) -> {
            try {
                char[] read = model.jobs().exportPassword(session, entryId, passphrase);
                display.asyncExec(() -> reveal(read));
            } catch (JobException e) {
                String message = e.code() == ErrorCode.STORE_WRONG_PASSPHRASE ? Messages.passwordWrong
                        : NLS.bind(Messages.passwordFailed, Integer.toString(e.code().code()), e.getMessage());
                display.asyncExec(() -> refused(message));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return Status.OK_STATUS;
        });
        job.setRule(model.rule());
        job.schedule();
    }

    private void reveal(char[] read) {
        if (value.isDisposed()) {
            Arrays.fill(read, '\0');
            return;
        }
        wipe();
        password = read;
        value.setTextChars(password);
        hideAt = clock.instant().plus(SHOWN);
        show.setEnabled(true);
        show.setText(Messages.passwordHide);
        copy.setEnabled(true);
        status.setText(NLS.bind(Messages.passwordShownUntil, Fields.seconds(hideAt, clock),
                Long.toString(SHOWN.toSeconds())));
        layout();
        value.getDisplay().timerExec(TICK_MILLIS, tick);
    }

    private void refused(String message) {
        if (value.isDisposed()) {
            return;
        }
        show.setEnabled(true);
        status.setText(message);
        layout();
    }

    private void copy() {
        if (password == null) {
            return;
        }
        clipboard.copy(password);
        status.setText(NLS.bind(Messages.passwordCopied, Long.toString(ClipboardGuard.HOLD.toSeconds())));
        layout();
    }

    private void tick() {
        if (value.isDisposed() || password == null) {
            return;
        }
        if (clock.instant().isBefore(hideAt)) {
            value.getDisplay().timerExec(TICK_MILLIS, tick);
        } else {
            hide();
        }
    }

    /** Hides the password and wipes it. */
    public void hide() {
        wipe();
        if (value.isDisposed()) {
            return;
        }
        value.setText(MASK);
        show.setText(Messages.passwordShow);
        show.setEnabled(true);
        copy.setEnabled(false);
        status.setText(clipboard.pending() ? NLS.bind(Messages.passwordHiddenCopied,
                Long.toString(ClipboardGuard.HOLD.toSeconds())) : Messages.passwordHidden);
        layout();
    }

    private void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
        hideAt = null;
    }

    private void layout() {
        status.getParent().layout(true, true);
    }
}

package io.certdesk.ui.internal.details;

import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the workspace passphrase again before a password is shown; the box never echoes it. */
public final class PassphrasePrompt extends Dialog {

    private final String entry;
    private Text text;
    private char[] passphrase = new char[0];

    public PassphrasePrompt(Shell parent, String entry) {
        super(parent);
        this.entry = entry;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.passwordDialogTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label message = new Label(area, SWT.WRAP);
        message.setText(org.eclipse.osgi.util.NLS.bind(Messages.passwordDialogMessage, entry));
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
                .applyTo(message);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.passwordDialogLabel);
        text = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        Accessible.name(text, Messages.passwordDialogLabel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return area;
    }

    /** The passphrase box (tests). */
    public Text text() {
        return text;
    }

    @Override
    protected void okPressed() {
        passphrase = text.getTextChars();
        text.setText(""); //$NON-NLS-1$
        super.okPressed();
    }

    /** The passphrase typed; the caller wipes it. Later calls return an empty array. */
    public char[] takePassphrase() {
        char[] taken = passphrase;
        passphrase = new char[0];
        return taken;
    }

    @Override
    public boolean close() {
        if (text != null && !text.isDisposed()) {
            text.setText(""); //$NON-NLS-1$
        }
        return super.close();
    }
}

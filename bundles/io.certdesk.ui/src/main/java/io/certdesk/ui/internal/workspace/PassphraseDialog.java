package io.certdesk.ui.internal.workspace;

import java.nio.file.Path;

import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a workspace's passphrase, to open it or to confirm it again before a secret is shown; the text box never
 * shows it ({@code SWT.PASSWORD}) and is emptied when the dialog closes.
 */
public final class PassphraseDialog extends Dialog {

    private final String title;
    private final String message;
    private final String label;
    private Text text;
    private char[] passphrase = new char[0];

    public PassphraseDialog(Shell parent, String title, String message, String label) {
        super(parent);
        this.title = title;
        this.message = message;
        this.label = label;
    }

    /** The dialog that opens the workspace in {@code folder}. */
    public PassphraseDialog(Shell parent, Path folder) {
        this(parent, Messages.openTitle, NLS.bind(Messages.passphraseMessage, folder), Messages.passphraseLabel);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label message = new Label(area, SWT.WRAP);
        message.setText(this.message);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
                .applyTo(message);
        Label caption = new Label(area, SWT.NONE);
        caption.setText(label);
        text = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        Accessible.name(text, label);
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

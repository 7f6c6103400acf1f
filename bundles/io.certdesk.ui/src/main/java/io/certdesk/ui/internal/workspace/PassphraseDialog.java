package io.certdesk.ui.internal.workspace;

import java.nio.file.Path;

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

/** Asks for a workspace's passphrase; the text box never shows it ({@code SWT.PASSWORD}). */
public final class PassphraseDialog extends Dialog {

    private final Path folder;
    private Text text;
    private char[] passphrase = new char[0];

    public PassphraseDialog(Shell parent, Path folder) {
        super(parent);
        this.folder = folder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.openTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label message = new Label(area, SWT.WRAP);
        message.setText(NLS.bind(Messages.passphraseMessage, folder));
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
                .applyTo(message);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.passphraseLabel);
        text = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return area;
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

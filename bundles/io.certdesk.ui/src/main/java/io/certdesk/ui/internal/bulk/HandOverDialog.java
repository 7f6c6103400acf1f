package io.certdesk.ui.internal.bulk;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks how the passwords of the chosen entries were handed over (handout or in person) and for a note. */
final class HandOverDialog extends Dialog {

    private final int count;
    private final int selected;
    private Button handout;
    private Text noteText;
    private DeliveryChannel channel = DeliveryChannel.HANDOUT;
    private String note = ""; //$NON-NLS-1$

    HandOverDialog(Shell parent, int count, int selected) {
        super(parent);
        this.count = count;
        this.selected = selected;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.handOverTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label question = new Label(area, SWT.WRAP);
        question.setText(NLS.bind(Messages.handOverQuestion, Integer.toString(count), Integer.toString(selected)));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
                .hint(convertWidthInCharsToPixels(60), SWT.DEFAULT).applyTo(question);
        Label how = new Label(area, SWT.NONE);
        how.setText(Messages.handOverChannel);
        Composite channels = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(channels);
        handout = new Button(channels, SWT.RADIO);
        handout.setText(Messages.handOverByHandout);
        handout.setSelection(true);
        Button manual = new Button(channels, SWT.RADIO);
        manual.setText(Messages.handOverByManual);
        Label noteLabel = new Label(area, SWT.NONE);
        noteLabel.setText(Messages.handOverNote);
        noteText = new Text(area, SWT.BORDER | SWT.SINGLE);
        noteText.setMessage(Messages.handOverNoteHint);
        Accessible.name(noteText, Messages.handOverNoteAccessible);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(noteText);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.handOverRecord, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        channel = handout.getSelection() ? DeliveryChannel.HANDOUT : DeliveryChannel.MANUAL;
        note = noteText.getText().strip();
        super.okPressed();
    }

    DeliveryChannel channel() {
        return channel;
    }

    String note() {
        return note;
    }
}

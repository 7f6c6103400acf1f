package io.certdesk.ui.internal.create;

import io.certdesk.crypto.ExportProfile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** New workspace, page 3: the export profile, explained by which systems can read the files. */
public final class ProfilePage extends WizardPage {

    private Button modern;
    private Button compat;

    ProfilePage() {
        super("profile"); //$NON-NLS-1$
        setTitle(Messages.profileTitle);
        setDescription(Messages.profileDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        modern = choice(area, Messages.profileModern, Messages.profileModernHelp);
        compat = choice(area, Messages.profileCompat, Messages.profileCompatHelp);
        modern.setSelection(true);
        setControl(area);
    }

    private Button choice(Composite area, String text, String help) {
        Button button = new Button(area, SWT.RADIO);
        button.setText(text);
        Label label = new Label(area, SWT.WRAP);
        label.setText(help);
        GridDataFactory.fillDefaults().grab(true, false).indent(convertHorizontalDLUsToPixels(12), 0)
                .hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(label);
        return button;
    }

    public ExportProfile profile() {
        return compat != null && compat.getSelection() ? ExportProfile.COMPAT : ExportProfile.MODERN;
    }

    public Button modernButton() {
        return modern;
    }

    public Button compatButton() {
        return compat;
    }
}

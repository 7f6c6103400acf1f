package io.certdesk.ui.internal.create;

import java.util.Arrays;

import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * New workspace, page 2: the passphrase twice (never shown: {@code SWT.PASSWORD}), with a strength hint in words. The
 * page keeps no copy: {@link #takePassphrase()} reads the box and clears both boxes.
 */
public final class PassphrasePage extends WizardPage {

    private Text first;
    private Text second;
    private Label strength;

    PassphrasePage() {
        super("passphrase"); //$NON-NLS-1$
        setTitle(Messages.passphraseTitle);
        setDescription(Messages.passphraseDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.passphraseFirst);
        first = new Text(area, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        Accessible.name(first, Messages.passphraseFirstAccessible);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT)
                .applyTo(first);
        Label again = new Label(area, SWT.NONE);
        again.setText(Messages.passphraseSecond);
        second = new Text(area, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        Accessible.name(second, Messages.passphraseSecondAccessible);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
        strength = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
                .applyTo(strength);
        Label help = new Label(area, SWT.WRAP);
        help.setText(Messages.passphraseHelp);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
                .applyTo(help);
        first.addListener(SWT.Modify, event -> check());
        second.addListener(SWT.Modify, event -> check());
        check();
        setControl(area);
    }

    private void check() {
        char[] a = first.getTextChars();
        char[] b = second.getTextChars();
        try {
            PassphraseStrength level = PassphraseStrength.of(a);
            strength.setText(a.length == 0 ? "" : org.eclipse.osgi.util.NLS.bind(Messages.strengthLabel, level.hint())); //$NON-NLS-1$
            strength.getParent().layout();
            String problem = null;
            if (level == PassphraseStrength.TOO_SHORT) {
                problem = a.length == 0 ? null : level.hint();
            } else if (b.length > 0 && !Arrays.equals(a, b)) {
                problem = Messages.passphraseDiffer;
            }
            setErrorMessage(problem);
            setPageComplete(level != PassphraseStrength.TOO_SHORT && Arrays.equals(a, b));
        } finally {
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
        }
    }

    /** The strength shown now (tests). */
    public String strengthText() {
        return strength.getText();
    }

    /** The passphrase typed; the caller wipes it. Both boxes are cleared. */
    char[] takePassphrase() {
        char[] taken = first.getTextChars();
        first.setText(""); //$NON-NLS-1$
        second.setText(""); //$NON-NLS-1$
        return taken;
    }

    @Override
    public void dispose() {
        if (first != null && !first.isDisposed()) {
            first.setText(""); //$NON-NLS-1$
            second.setText(""); //$NON-NLS-1$
        }
        super.dispose();
    }
}

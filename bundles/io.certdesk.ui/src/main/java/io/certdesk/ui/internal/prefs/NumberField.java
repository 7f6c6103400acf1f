package io.certdesk.ui.internal.prefs;

import java.util.Optional;
import java.util.function.Function;

import io.certdesk.jobs.SettingsRules;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A whole number typed in a text box (full-width digits too, as a Japanese input method types them), with its unit
 * and its rule. A wrong value gets the error icon (its hover and accessible description say what is wrong) and the
 * same words in a line under the box: never colour alone.
 */
final class NumberField {

    final String name;
    final Text text;
    private final Label label;
    private final Label error;
    private final ControlDecoration decoration;
    private final Function<String, Optional<String>> rule;

    /** A row of three columns (label, box, unit) and a line for what is wrong, in a three-column grid. */
    NumberField(Composite parent, String labelText, String unit, String value, Function<String, Optional<String>> rule) {
        this.name = plain(labelText);
        this.rule = rule;
        label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setTextLimit(9);
        GridDataFactory.swtDefaults().hint(new org.eclipse.jface.layout.PixelConverter(text).convertWidthInCharsToPixels(6),
                SWT.DEFAULT).indent(FieldDecorationRegistry.getDefault().getMaximumDecorationWidth(), 0).applyTo(text);
        Label units = new Label(parent, SWT.NONE);
        units.setText(unit);
        decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
        new Label(parent, SWT.NONE);
        error = new Label(parent, SWT.WRAP);
        // two lines that keep their place when empty: nothing moves under the pointer while typing
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
                .indent(FieldDecorationRegistry.getDefault().getMaximumDecorationWidth(), 0)
                .hint(new org.eclipse.jface.layout.PixelConverter(error).convertWidthInCharsToPixels(44),
                        new org.eclipse.jface.layout.PixelConverter(error).convertHeightInCharsToPixels(2))
                .applyTo(error);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    /** A label as a message names it: without its mnemonic ("(&U)" or "&") and its colon. */
    static String plain(String label) {
        return label.replaceAll("\\(&[A-Za-z]\\)", "").replace("&&", "\u0000").replace("&", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .replace('\u0000', '&').replaceAll("[:\uff1a]\\s*$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What is wrong now; shows or hides the icon and the line under the box accordingly. */
    Optional<String> check() {
        Optional<String> problem = rule.apply(text.getText());
        boolean shown = problem.isPresent();
        if (shown) {
            decoration.setDescriptionText(problem.get());
            decoration.show();
            error.setText(problem.get());
        } else {
            decoration.hide();
            error.setText(""); //$NON-NLS-1$
        }
        text.setToolTipText(problem.orElse(null));
        error.getShell().layout(new org.eclipse.swt.widgets.Control[] { error });
        return problem;
    }

    boolean marked() {
        return decoration.isVisible();
    }

    /** The line under the box that says what is wrong (empty when nothing is). */
    Label error() {
        return error;
    }

    /** The number typed, read as a person meant it; -1 when it is not one. */
    int value() {
        return SettingsRules.number(text.getText()).orElse(-1);
    }
}

package io.certdesk.ui.internal.settings;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One typed setting: its label, its text box and its rule. A wrong value is marked with the error decoration (an
 * icon whose hover and accessible description say what is wrong) and named in the dialog's message line: never by
 * colour alone.
 */
final class Field {

    final String name;
    final Label label;
    final Text text;
    private final ControlDecoration decoration;
    private final Supplier<Optional<String>> rule;

    private Field(String name, Label label, Text text, Supplier<Optional<String>> rule) {
        this.name = name;
        this.label = label;
        this.text = text;
        this.rule = rule;
        this.decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
    }

    /** A label and a text box in a two-column grid; {@code rule} reads the field (and others) and says what is wrong. */
    static Field add(Composite parent, String labelText, int style, String value, java.util.function.Function<String, Optional<String>> rule) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        Text text = new Text(parent, SWT.BORDER | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
        text.setLayoutData(data);
        text.setText(value);
        Field[] self = new Field[1];
        self[0] = new Field(plain(labelText), label, text,
                () -> self[0].text.isEnabled() ? rule.apply(self[0].text.getText()) : Optional.empty());
        return self[0];
    }

    /** A label as a message names it: without its mnemonic ("(&U)" or "&") and its colon. */
    static String plain(String label) {
        return label.replaceAll("\\(&[A-Za-z]\\)", "").replace("&&", "\u0000").replace("&", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .replace('\u0000', '&').replaceAll("[:\uff1a]\\s*$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What is wrong now (nothing for a disabled field); shows or hides the decoration accordingly. */
    Optional<String> check() {
        Optional<String> problem = rule.get();
        if (problem.isPresent()) {
            decoration.setDescriptionText(problem.get());
            decoration.show();
            text.setToolTipText(problem.get());
        } else {
            decoration.hide();
            text.setToolTipText(null);
        }
        return problem;
    }

    boolean decorated() {
        return decoration.isVisible();
    }

    String value() {
        return io.certdesk.jobs.SettingsRules.normal(text.getText());
    }

    void enable(boolean enabled) {
        text.setEnabled(enabled);
        label.setEnabled(enabled);
    }
}

package io.certdesk.ui.internal.parts;

import io.certdesk.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The details area: certificate, chain, export and delivery state of the selected entry. */
public final class DetailsPart {

    private Label placeholder;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        placeholder = new Label(parent, SWT.WRAP);
        placeholder.setText(Messages.detailsEmpty);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(placeholder);
    }

    @Focus
    public void setFocus() {
        placeholder.setFocus();
    }
}

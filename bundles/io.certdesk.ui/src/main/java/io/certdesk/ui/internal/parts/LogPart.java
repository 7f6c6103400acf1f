package io.certdesk.ui.internal.parts;

import io.certdesk.ui.internal.Messages;
import io.certdesk.ui.internal.ProductInfo;
import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** The log area: what CertDesk did, newest last. */
public final class LogPart {

    private Text log;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        log = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(log);
        append(NLS.bind(Messages.logStarted, ProductInfo.version()));
        append(NLS.bind(Messages.logLocale, ProductInfo.language()));
    }

    private void append(String line) {
        log.append(line + System.lineSeparator());
    }

    @Focus
    public void setFocus() {
        log.setFocus();
    }
}

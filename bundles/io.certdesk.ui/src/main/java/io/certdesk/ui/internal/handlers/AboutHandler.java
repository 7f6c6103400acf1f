package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.Messages;
import io.certdesk.ui.internal.ProductInfo;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; About CertDesk: the version and the runtime. */
public final class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        MessageDialog.openInformation(shell, Messages.aboutTitle, ProductInfo.aboutText());
    }
}

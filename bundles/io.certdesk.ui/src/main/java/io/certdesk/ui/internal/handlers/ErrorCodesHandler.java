package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.help.ErrorCodesDialog;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; Error Codes: the catalogue with a search box. */
public final class ErrorCodesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new ErrorCodesDialog(shell).open();
    }
}

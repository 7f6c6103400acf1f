package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.help.UserGuideDialog;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; User Guide: the guide bundled with the product, from the top. */
public final class UserGuideHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        UserGuideDialog.show(shell, null);
    }
}

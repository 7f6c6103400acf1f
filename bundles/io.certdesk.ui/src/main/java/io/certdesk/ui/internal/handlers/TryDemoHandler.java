package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.start.WorkspaceActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** File &gt; Try the Demo: the reference portal and mail sink on loopback and a demo workspace with its roster. */
public final class TryDemoHandler {

    @CanExecute
    public boolean canExecute(WorkspaceActions actions) {
        return actions.demoAvailable();
    }

    @Execute
    public void execute(WorkspaceActions actions) {
        actions.tryDemo();
    }
}

package io.certdesk.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Quit. */
public final class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench) {
        workbench.close();
    }
}

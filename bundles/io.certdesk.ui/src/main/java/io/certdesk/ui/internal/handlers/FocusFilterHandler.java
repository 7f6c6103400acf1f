package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.parts.EntriesPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Ctrl+F: the Entries part's filter box. */
public final class FocusFilterHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        return CopyRowsHandler.entries(parts) != null;
    }

    @Execute
    public void execute(EPartService parts) {
        EntriesPart part = CopyRowsHandler.entries(parts);
        if (part != null) {
            parts.activate(parts.findPart("io.certdesk.ui.part.entries")); //$NON-NLS-1$
            part.focusFilter();
        }
    }
}

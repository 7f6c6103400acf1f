package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.parts.EntriesPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Batch &gt; Copy Rows: the selected rows as tab-separated text for Excel (Ctrl+C in the table). */
public final class CopyRowsHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        EntriesPart part = entries(parts);
        return part != null && !part.table().selectedRows().isEmpty();
    }

    @Execute
    public void execute(EPartService parts) {
        EntriesPart part = entries(parts);
        if (part != null) {
            part.copySelection();
        }
    }

    static EntriesPart entries(EPartService parts) {
        MPart part = parts.findPart("io.certdesk.ui.part.entries"); //$NON-NLS-1$
        return part != null && part.getObject() instanceof EntriesPart entries ? entries : null;
    }
}

package io.certdesk.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View &gt; Audit Log: shows the Audit part (beside Activity and Log) and brings it to the front. */
public final class OpenAuditHandler {

    /** The Audit part's id in fragment.e4xmi. */
    public static final String AUDIT_PART = "io.certdesk.ui.part.audit"; //$NON-NLS-1$

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(AUDIT_PART, PartState.ACTIVATE);
    }
}

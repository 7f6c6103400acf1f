package io.certdesk.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View &gt; Renewal Planner: shows the Renewal Planner part (beside Activity, Log and Audit) and brings it to the front. */
public final class OpenRenewalPlannerHandler {

    /** The Renewal Planner part's id in fragment.e4xmi. */
    public static final String PLANNER_PART = "io.certdesk.ui.part.renewals"; //$NON-NLS-1$

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PLANNER_PART, PartState.ACTIVATE);
    }
}

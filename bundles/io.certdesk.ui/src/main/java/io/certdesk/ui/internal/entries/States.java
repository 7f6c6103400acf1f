package io.certdesk.ui.internal.entries;

import io.certdesk.ui.internal.Messages;
import io.certdesk.workspace.EntryState;

/** Entry states and risks for people. */
public final class States {

    private States() {
    }

    public static String text(EntryState state) {
        return state.displayName();
    }

    public static String text(Risk risk) {
        return switch (risk) {
            case FAILED -> Messages.riskFailed;
            case WINDOW_PASSED -> Messages.riskWindowPassed;
            case UNDER_HOUR -> Messages.riskUnderHour;
            case AT_RISK -> Messages.riskAtRisk;
            case SUPERSEDED -> Messages.riskSuperseded;
            case NONE -> ""; //$NON-NLS-1$
        };
    }

    /** The icon of a row without a risk: finished states and states still in work look different. */
    public static String icon(EntryState state, Risk risk) {
        if (risk != Risk.NONE) {
            return risk.icon();
        }
        return state.working() ? "working" : "ok"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

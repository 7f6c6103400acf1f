package io.certdesk.ui.internal.audit;

import io.certdesk.workspace.AuditVerification;
import org.eclipse.osgi.util.NLS;

/** The words and the icon of an audit-chain verification (never the icon or a colour alone). */
public final class Verdict {

    private Verdict() {
    }

    public static String text(AuditVerification verification) {
        if (verification.intact()) {
            return NLS.bind(Messages.verdictIntact, Long.toString(verification.records()), verification.headHash());
        }
        String problem = verification.problem().orElse(""); //$NON-NLS-1$
        return verification.firstBadSequence().isPresent()
                ? NLS.bind(Messages.verdictBroken, verification.firstBadSequence().get().toString(), problem)
                : NLS.bind(Messages.verdictBrokenNoRecord, problem);
    }

    /** The icon's name: ok or failed. */
    public static String icon(AuditVerification verification) {
        return verification.intact() ? "ok" : "failed"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

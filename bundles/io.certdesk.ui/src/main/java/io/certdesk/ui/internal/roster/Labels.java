package io.certdesk.ui.internal.roster;

import io.certdesk.roster.RowStatus;
import io.certdesk.roster.Severity;

/** Words for the roster reader's verdicts. */
final class Labels {

    private Labels() {
    }

    static String status(RowStatus status) {
        return switch (status) {
            case ACCEPTED -> Messages.statusAccepted;
            case WARNED -> Messages.statusWarned;
            case REJECTED -> Messages.statusRejected;
        };
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> Messages.severityInfo;
            case WARNING -> Messages.severityWarning;
            case ERROR -> Messages.severityError;
        };
    }
}

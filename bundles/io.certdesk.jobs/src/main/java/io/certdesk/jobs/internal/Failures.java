package io.certdesk.jobs.internal;

import io.certdesk.delivery.DeliveryException;
import io.certdesk.jobs.JobException;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.roster.RosterException;
import io.certdesk.workspace.WorkspaceException;

/** The engines' exceptions as {@link JobException}s: same error code, same message, the engine's exception as cause. */
final class Failures {

    private Failures() {
    }

    static JobException of(WorkspaceException e) {
        return new JobException(e.code(), e.getMessage(), e);
    }

    static JobException of(DeliveryException e) {
        return new JobException(e.code(), e.getMessage(), e);
    }

    static JobException of(PortalClientException e) {
        return new JobException(e.code(), e.getMessage(), e);
    }

    static JobException of(RosterException e) {
        return JobException.roster(e.problem(), e.getMessage(), e);
    }
}

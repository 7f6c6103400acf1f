package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/** A {@link WorkspaceSession} on an open {@link Workspace}. */
final class Session implements WorkspaceSession {

    private final Workspace workspace;

    Session(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
    }

    /** The workspace of a session this service handed out. */
    static Workspace of(WorkspaceSession session) {
        if (session instanceof Session own) {
            return own.workspace;
        }
        throw new IllegalArgumentException("not a session of this job service: " + session); //$NON-NLS-1$
    }

    @Override
    public Path folder() {
        return workspace.folder();
    }

    @Override
    public List<Entry> entries() throws JobException {
        try {
            return workspace.entries();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public boolean hasMailSettings() {
        return MailSettingsFile.exists(workspace.folder());
    }

    @Override
    public void close() throws JobException {
        try {
            workspace.close();
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public String toString() {
        return "WorkspaceSession[" + workspace.folder() + ']'; //$NON-NLS-1$
    }
}

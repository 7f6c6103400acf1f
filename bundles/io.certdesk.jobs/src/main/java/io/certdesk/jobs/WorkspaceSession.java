package io.certdesk.jobs;

import java.nio.file.Path;
import java.util.List;

import io.certdesk.workspace.Entry;

/**
 * An open workspace, as {@link JobService#create} and {@link JobService#open} hand it out. Every job-service
 * operation takes one. Use it from one face at a time; {@link #close()} closes the workspace (its database and vault).
 */
public interface WorkspaceSession extends AutoCloseable {

    /** The workspace folder. */
    Path folder();

    /** Every entry, in import order. */
    List<Entry> entries() throws JobException;

    /** Whether the workspace has mail settings ({@code delivery.properties}). */
    boolean hasMailSettings();

    @Override
    void close() throws JobException;
}

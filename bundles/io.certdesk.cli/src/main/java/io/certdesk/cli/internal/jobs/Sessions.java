package io.certdesk.cli.internal.jobs;

import java.nio.file.Path;
import java.util.Arrays;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.WorkspaceException;

/** Opens a workspace through the job service with the passphrase from a file, {@code CERTDESK_PASSPHRASE} or the terminal. */
public final class Sessions {

    private Sessions() {
    }

    public static WorkspaceSession open(JobService jobs, Path folder, Path passphraseFile) throws JobException {
        char[] passphrase;
        try {
            passphrase = Passphrase.standard(passphraseFile).read();
        } catch (WorkspaceException e) {
            throw new JobException(e.code(), e.getMessage(), e);
        }
        try {
            return jobs.open(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}

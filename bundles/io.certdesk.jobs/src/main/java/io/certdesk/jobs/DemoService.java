package io.certdesk.jobs;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prepares the demo: everything on loopback in this process. A reference portal with N users (provisioned in
 * {@code folder/portal}), the roster they make ({@code roster.xlsx}, with a password-recipient column), a workspace
 * with a generated passphrase (its file owner-only), the portal's profile and trust in the workspace, and the demo
 * mail sink whose messages land in the workspace outbox. The faces then run the job on {@link DemoSetup#session()}
 * with the {@link JobService}, and close the setup to stop both servers. Registered as an OSGi DS service.
 */
public interface DemoService {

    /** Most demo users. */
    int MAX_USERS = 1000;

    /**
     * Starts a demo in {@code folder} (created owner-only; it must be missing or empty).
     *
     * @param users  1 to {@value #MAX_USERS}
     * @param locale the roster's and the mails' language (Japanese or English)
     */
    DemoSetup start(int users, Path folder, Locale locale) throws JobException;
}

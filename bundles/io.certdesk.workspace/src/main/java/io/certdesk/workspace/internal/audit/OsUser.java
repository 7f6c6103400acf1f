package io.certdesk.workspace.internal.audit;

/**
 * The operating-system user this process runs as, for the audit log's actor. Taken from the process itself
 * ({@link ProcessHandle.Info#user()}: the OS's account of the process owner), never from {@code user.name},
 * which anyone starting the JVM can set with {@code -Duser.name=...}.
 */
public final class OsUser {

    /** Shown when the OS does not say. */
    public static final String UNKNOWN = "?"; //$NON-NLS-1$

    private OsUser() {
    }

    public static String name() {
        try {
            return ProcessHandle.current().info().user().filter(u -> !u.isBlank()).orElse(UNKNOWN);
        } catch (SecurityException | UnsupportedOperationException e) {
            return UNKNOWN;
        }
    }
}

package io.certdesk.portal;

import java.util.Objects;

/**
 * A user of a group as the service knows them: name (Japanese), mail address (romanised) and department.
 * Renewals issue new certificates to the same users.
 */
public record PortalUser(String name, String email, String department) {

    public PortalUser {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(email, "email"); //$NON-NLS-1$
        Objects.requireNonNull(department, "department"); //$NON-NLS-1$
    }
}

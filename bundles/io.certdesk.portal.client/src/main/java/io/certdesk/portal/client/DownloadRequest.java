package io.certdesk.portal.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * One certificate to download: group ID, certificate number and retrieval password. The password is a
 * copy owned by this object; {@link #clear()} wipes it and {@link #toString()} never shows it.
 */
public final class DownloadRequest implements AutoCloseable {

    private final String groupId;
    private final String certificateNumber;
    private final char[] password;

    public DownloadRequest(String groupId, String certificateNumber, char[] password) {
        this.groupId = Objects.requireNonNull(groupId, "groupId").strip(); //$NON-NLS-1$
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber").strip(); //$NON-NLS-1$
        this.password = Objects.requireNonNull(password, "password").clone(); //$NON-NLS-1$
    }

    public String groupId() {
        return groupId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** A fresh copy the caller clears. */
    public char[] password() {
        return password.clone();
    }

    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "DownloadRequest[" + groupId + '/' + certificateNumber + ", password ****]"; //$NON-NLS-1$
    }
}

package io.certdesk.portal.client;

import java.util.Objects;

import io.certdesk.core.secrets.Secret;

/**
 * One certificate to download: group ID, certificate number and retrieval password. The one download request of
 * CertDesk (the portal client and the workspace's {@code CertificateSource} take it). One ownership rule: the
 * password is a {@link Secret} copy owned by this request; whoever creates the request closes it, which wipes the
 * copy; a source reads it through {@link #secret()} or {@link #password()} and keeps nothing.
 * {@link #toString()} never shows it.
 */
public final class DownloadRequest implements AutoCloseable {

    private final String groupId;
    private final String certificateNumber;
    private final Secret password;

    /** The password is copied; the caller keeps (and closes) its own. */
    public DownloadRequest(String groupId, String certificateNumber, Secret password) {
        this(groupId, certificateNumber, Objects.requireNonNull(password, "password").duplicate(), null); //$NON-NLS-1$
    }

    /** The password is copied; the caller keeps (and wipes) its own array. */
    public DownloadRequest(String groupId, String certificateNumber, char[] password) {
        this(groupId, certificateNumber, Secret.copyOf(Objects.requireNonNull(password, "password")), null); //$NON-NLS-1$
    }

    private DownloadRequest(String groupId, String certificateNumber, Secret owned, Void unused) {
        this.groupId = Objects.requireNonNull(groupId, "groupId").strip(); //$NON-NLS-1$
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber").strip(); //$NON-NLS-1$
        this.password = owned;
    }

    public String groupId() {
        return groupId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** The retrieval password, owned by this request: use it, do not close it. */
    public Secret secret() {
        return password;
    }

    /** A fresh copy the caller clears. */
    public char[] password() {
        return password.copy();
    }

    /** Wipes the password (same as {@link #close()}). */
    public void clear() {
        password.close();
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

package io.certdesk.workspace;

import java.util.Objects;

/**
 * What a {@link CertificateSource} needs to fetch one certificate. The retrieval password belongs to the
 * pipeline, which wipes it after the call: a source must not keep it.
 */
public final class DownloadRequest {

    private final long entryId;
    private final String groupId;
    private final String certificateNumber;
    private final char[] retrievalPassword;

    public DownloadRequest(long entryId, String groupId, String certificateNumber, char[] retrievalPassword) {
        this.entryId = entryId;
        this.groupId = Objects.requireNonNull(groupId, "groupId"); //$NON-NLS-1$
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber"); //$NON-NLS-1$
        this.retrievalPassword = Objects.requireNonNull(retrievalPassword, "retrievalPassword"); //$NON-NLS-1$
    }

    /** The workspace's entry id (for logs and progress, never sent to a portal). */
    public long entryId() {
        return entryId;
    }

    public String groupId() {
        return groupId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** The password itself: read it, do not keep it. */
    public char[] retrievalPassword() {
        return retrievalPassword;
    }

    @Override
    public String toString() {
        return "DownloadRequest[" + groupId + '/' + certificateNumber + ']'; //$NON-NLS-1$
    }
}

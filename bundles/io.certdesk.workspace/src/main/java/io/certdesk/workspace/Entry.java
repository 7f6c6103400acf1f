package io.certdesk.workspace;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;

/**
 * One certificate to fetch and deliver, as the workspace stores it. Holds no secret: retrieval and export
 * passwords stay encrypted in the store and are read through {@link Workspace#exportPassword(long)}.
 *
 * @param id the workspace's number for the entry (vault files are named after it, never after user data)
 * @param failedFrom for {@link EntryState#FAILED}: the state the failed step started from (where a retry resumes)
 * @param firstDownloadAt the first download time: the portal's when it gave one, else local time of the first attempt
 * @param channel the row's own password channel, empty for the workspace default
 * @param exportProfile the row's own export profile, empty for the workspace default
 * @param importId the roster import the entry came from ({@link Workspace#imports()}), empty when added without one
 */
public record Entry(long id, String groupId, String certificateNumber, String name, String email, String department,
        Optional<DeliveryChannel> channel, String recipient, Optional<ExportProfile> exportProfile,
        Map<String, String> extras, Optional<Long> importId, EntryState state,
        Optional<EntryState> failedFrom, Optional<ErrorCode> errorCode, Optional<String> errorDetail,
        Instant importedAt, Instant updatedAt, Optional<Instant> firstDownloadAt, boolean firstDownloadFromPortal,
        int downloadCount, Optional<String> rawSha256, Optional<CertificateInfo> certificate,
        Optional<String> exportSha256, Optional<Long> supersededBy) {

    public Entry {
        Objects.requireNonNull(groupId, "groupId"); //$NON-NLS-1$
        Objects.requireNonNull(certificateNumber, "certificateNumber"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        extras = Map.copyOf(extras);
    }

    /** The 24-hour re-download deadline, once a first download is known. */
    public Optional<Instant> downloadDeadline() {
        return firstDownloadAt.map(t -> t.plus(Workspace.DOWNLOAD_WINDOW));
    }

    @Override
    public String toString() {
        return "Entry[" + id + ", " + certificateNumber + ", " + state + ']'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

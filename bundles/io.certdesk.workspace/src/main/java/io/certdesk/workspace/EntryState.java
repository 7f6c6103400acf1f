package io.certdesk.workspace;

import java.util.EnumSet;
import java.util.Set;

import io.certdesk.workspace.internal.Messages;

/**
 * Where an entry stands in its life cycle. Every move between states is recorded with its time, reason and
 * error code (see {@link Transition}).
 *
 * <pre>
 * IMPORTED -> DOWNLOADED -> VERIFIED -> EXPORTED -> DELIVERED -> DONE
 *     any working state -> FAILED (error code) -> retry -> the state it failed from
 *     any working state -> WINDOW_PASSED (24-hour re-download window over, copy missing)
 *     any state but DONE -> SUPERSEDED (a newer certificate with the same subject and issuer)
 * </pre>
 */
public enum EntryState {
    /** Read from a roster; nothing downloaded yet. */
    IMPORTED,
    /** The portal's PKCS#12 is stored durably in the vault. */
    DOWNLOADED,
    /** The file opened with the retrieval password and its chain passed verification. */
    VERIFIED,
    /** Re-exported with the full chain and a new password. */
    EXPORTED,
    /** File and password handed over on their channels. */
    DELIVERED,
    /** Finished. */
    DONE,
    /** A step failed; the error code says why. Can be retried. */
    FAILED,
    /** The 24-hour re-download window passed while no good copy was stored: a re-issue is needed. */
    WINDOW_PASSED,
    /** A newer certificate with the same subject and issuer exists: never delivered. */
    SUPERSEDED;

    private static final Set<EntryState> WORKING = EnumSet.of(IMPORTED, DOWNLOADED, VERIFIED, EXPORTED);

    /** Whether the pipeline or the delivery stage may still move this entry forward. */
    public boolean working() {
        return WORKING.contains(this);
    }

    /** Whether a move from this state to {@code target} is part of the life cycle. */
    public boolean canMoveTo(EntryState target) {
        return switch (target) {
            case IMPORTED -> this == DOWNLOADED || this == VERIFIED || this == FAILED; // damaged copy, retry
            case DOWNLOADED -> this == IMPORTED || this == FAILED;
            case VERIFIED -> this == DOWNLOADED || this == FAILED;
            case EXPORTED -> this == VERIFIED || this == FAILED;
            case DELIVERED -> this == EXPORTED;
            case DONE -> this == DELIVERED;
            case FAILED -> WORKING.contains(this);
            case WINDOW_PASSED -> WORKING.contains(this) || this == FAILED;
            case SUPERSEDED -> this != DONE && this != SUPERSEDED;
        };
    }

    /** The word administrators read, in the default locale's language (Japanese or English). */
    public String displayName() {
        return switch (this) {
            case IMPORTED -> Messages.entryStateImported;
            case DOWNLOADED -> Messages.entryStateDownloaded;
            case VERIFIED -> Messages.entryStateVerified;
            case EXPORTED -> Messages.entryStateExported;
            case DELIVERED -> Messages.entryStateDelivered;
            case DONE -> Messages.entryStateDone;
            case FAILED -> Messages.entryStateFailed;
            case WINDOW_PASSED -> Messages.entryStateWindowPassed;
            case SUPERSEDED -> Messages.entryStateSuperseded;
        };
    }
}

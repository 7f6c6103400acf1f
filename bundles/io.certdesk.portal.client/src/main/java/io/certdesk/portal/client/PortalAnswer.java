package io.certdesk.portal.client;

import io.certdesk.core.errors.ErrorCode;

/** The error answers a portal gives in its own words, each recognised by a pattern of the profile. */
public enum PortalAnswer {
    /** Wrong group ID, certificate number or retrieval password. */
    AUTHENTICATION_FAILED("answer.authentication-failed", ErrorCode.PORTAL_AUTH_FAILED), //$NON-NLS-1$
    /** Not created yet, or already downloaded and the re-download window passed. */
    NOT_AVAILABLE("answer.not-available", ErrorCode.PORTAL_NOT_AVAILABLE), //$NON-NLS-1$
    /** The portal is busy; nothing was processed, so asking again later is safe. */
    BUSY("answer.busy", ErrorCode.PORTAL_BUSY), //$NON-NLS-1$
    /** The certificate number is locked after too many wrong passwords. */
    LOCKED("answer.locked", ErrorCode.PORTAL_LOCKED); //$NON-NLS-1$

    private final String profileKey;
    private final ErrorCode code;

    PortalAnswer(String profileKey, ErrorCode code) {
        this.profileKey = profileKey;
        this.code = code;
    }

    /** The key of its pattern in a profile file. */
    public String profileKey() {
        return profileKey;
    }

    public ErrorCode code() {
        return code;
    }
}

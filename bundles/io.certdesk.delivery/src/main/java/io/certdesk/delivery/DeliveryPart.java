package io.certdesk.delivery;

import io.certdesk.delivery.internal.Messages;

/** The two things every user receives, always through different channels. */
public enum DeliveryPart {
    /** The PKCS#12 certificate file. */
    FILE,
    /** The password that opens the file. */
    PASSWORD;

    /** The word administrators read, in the default locale's language (Japanese or English). */
    public String displayName() {
        return this == FILE ? Messages.partFile : Messages.partPassword;
    }
}

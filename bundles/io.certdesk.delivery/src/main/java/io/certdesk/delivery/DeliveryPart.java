package io.certdesk.delivery;

/** The two things every user receives, always through different channels. */
public enum DeliveryPart {
    /** The PKCS#12 certificate file. */
    FILE,
    /** The password that opens the file. */
    PASSWORD
}

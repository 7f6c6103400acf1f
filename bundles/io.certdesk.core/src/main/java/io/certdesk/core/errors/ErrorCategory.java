package io.certdesk.core.errors;

/**
 * The families of the product's error catalogue. Each family owns a range of numeric codes, so a code
 * alone tells administrators and support where to look.
 */
public enum ErrorCategory {
    /** 100-199: network, proxy and HTTP problems. */
    COMMUNICATION(100, 199),
    /** 200-299: reading, checking and writing PKCS#12 files and their certificates. */
    PKCS12(200, 299),
    /** 300-399: the local certificate store and files on this computer. */
    LOCAL_STORE(300, 399),
    /** 400-499: delivering certificate files and passwords (mail, handout, ledger). */
    DELIVERY(400, 499),
    /** 500-599: errors the issuing portal reports. */
    PORTAL(500, 599),
    /** 600-699: reading roster files and writing their result workbooks. */
    ROSTER(600, 699),
    /** 990: the user cancelled. */
    CANCELLED(990, 990),
    /** 1103: anything the catalogue does not describe. */
    UNKNOWN(1103, 1103);

    private final int first;
    private final int last;

    ErrorCategory(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** Whether the numeric code lies in this family's range. */
    public boolean contains(int code) {
        return code >= first && code <= last;
    }

    /** The family a numeric code belongs to, {@link #UNKNOWN} for codes outside every range. */
    public static ErrorCategory of(int code) {
        for (ErrorCategory category : values()) {
            if (category.contains(code)) {
                return category;
            }
        }
        return UNKNOWN;
    }
}

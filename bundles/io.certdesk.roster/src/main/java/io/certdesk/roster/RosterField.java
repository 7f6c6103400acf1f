package io.certdesk.roster;

import io.certdesk.roster.internal.Messages;

/** A column CertDesk understands in a roster. Every other column is kept as it is and carried through. */
public enum RosterField {

    /** The group ID the service gave the company (one per contract). */
    GROUP_ID("groupId", true), //$NON-NLS-1$
    /** The certificate number the service mailed for one certificate. */
    CERTIFICATE_NUMBER("certificateNumber", true), //$NON-NLS-1$
    /** The one-time retrieval password mailed with the certificate number (a secret). */
    RETRIEVAL_PASSWORD("retrievalPassword", true), //$NON-NLS-1$
    /** The user's name. */
    NAME("name", true), //$NON-NLS-1$
    /** The user's e-mail address. */
    EMAIL("email", true), //$NON-NLS-1$
    /** The user's department (optional). */
    DEPARTMENT("department", false), //$NON-NLS-1$
    /** How this user's file is delivered (optional; overrides the batch setting). */
    DELIVERY_CHANNEL("deliveryChannel", false), //$NON-NLS-1$
    /** Who receives the export password (optional; overrides the batch setting). */
    PASSWORD_RECIPIENT("passwordRecipient", false), //$NON-NLS-1$
    /** The export profile for this user, e.g. {@code modern} or {@code compat} (optional). */
    EXPORT_PROFILE("exportProfile", false); //$NON-NLS-1$

    private final String key;
    private final boolean required;

    RosterField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The stable key used in mapping files and JSON output, e.g. {@code certificateNumber}. */
    public String key() {
        return key;
    }

    /** Whether every row must have a value. */
    public boolean required() {
        return required;
    }

    /** Whether the value is a secret that must never be shown, logged or written unencrypted. */
    public boolean secret() {
        return this == RETRIEVAL_PASSWORD;
    }

    /** The field's name for people, in the current language. */
    public String label() {
        return Messages.fieldLabel(this);
    }

    /** The field with this mapping-file key, or null. */
    public static RosterField ofKey(String key) {
        for (RosterField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        return null;
    }
}

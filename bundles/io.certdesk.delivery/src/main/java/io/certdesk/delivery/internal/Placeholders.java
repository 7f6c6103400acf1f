package io.certdesk.delivery.internal;

import java.util.Set;

/** The placeholders each template may use. The password is known only to the password mail. */
public final class Placeholders {

    public static final String NAME = "name"; //$NON-NLS-1$
    public static final String DEPARTMENT = "department"; //$NON-NLS-1$
    public static final String CERTIFICATE_NUMBER = "certificateNumber"; //$NON-NLS-1$
    public static final String FILE_NAME = "fileName"; //$NON-NLS-1$
    public static final String EXPIRY = "expiry"; //$NON-NLS-1$
    public static final String ISSUER = "issuer"; //$NON-NLS-1$
    public static final String ADMIN_CONTACT = "adminContact"; //$NON-NLS-1$
    public static final String WINDOWS_STEPS = "windowsSteps"; //$NON-NLS-1$
    public static final String MAC_STEPS = "macSteps"; //$NON-NLS-1$
    public static final String PASSWORD_CHANNEL = "passwordChannel"; //$NON-NLS-1$
    public static final String PASSWORD = "password"; //$NON-NLS-1$
    public static final String ENTRY_ID = "entryId"; //$NON-NLS-1$

    /** Steps and notes: the entry's facts. */
    public static final Set<String> COMMON = Set.of(NAME, DEPARTMENT, CERTIFICATE_NUMBER, FILE_NAME, EXPIRY, ISSUER,
            ADMIN_CONTACT);
    /** The file mail: facts, import steps, how the password comes. Never the password. */
    public static final Set<String> FILE_MAIL = Set.of(NAME, DEPARTMENT, CERTIFICATE_NUMBER, FILE_NAME, EXPIRY,
            ISSUER, ADMIN_CONTACT, WINDOWS_STEPS, MAC_STEPS, PASSWORD_CHANNEL);
    /** The password mail: facts and the password. */
    public static final Set<String> PASSWORD_MAIL = Set.of(NAME, DEPARTMENT, CERTIFICATE_NUMBER, FILE_NAME, EXPIRY,
            ISSUER, ADMIN_CONTACT, PASSWORD);
    /** The attachment file name. */
    public static final Set<String> FILE_NAME_TEMPLATE = Set.of(NAME, DEPARTMENT, CERTIFICATE_NUMBER, ENTRY_ID);

    private Placeholders() {
    }
}

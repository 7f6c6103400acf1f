package io.certdesk.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised texts of the workbench parts (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.messages"; //$NON-NLS-1$

    public static String rosterEmpty;
    public static String columnName;
    public static String columnEmail;
    public static String columnDepartment;
    public static String columnGroup;
    public static String columnCertificate;
    public static String columnStatus;
    public static String detailsTitle;
    public static String detailsEmpty;
    public static String logStarted;
    public static String logLocale;
    public static String aboutTitle;
    public static String aboutText;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

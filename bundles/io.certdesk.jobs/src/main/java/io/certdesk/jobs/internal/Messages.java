package io.certdesk.jobs.internal;

import org.eclipse.osgi.util.NLS;

/** Localised texts of the job service (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.jobs.internal.messages"; //$NON-NLS-1$

    public static String demoFolderExists;
    public static String demoPasswordRecipientHeader;
    public static String preflightStopped;
    public static String preflightLine;
    public static String preflightFixFolder;
    public static String preflightNoTrustAnchor;
    public static String preflightFixTrustAnchor;
    public static String preflightFixDeliverySettings;
    public static String passwordPassphraseWrong;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.cli.internal.delivery;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the delivery commands (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.delivery.messages"; //$NON-NLS-1$

    public static String confirmNeedsOption;
    public static String confirmedDelivered;
    public static String confirmedResend;
    public static String dryRunWritten;
    public static String handoutNothing;
    public static String handoutRecorded;
    public static String handoutWritten;
    public static String noUnknownSends;
    public static String partFile;
    public static String partPassword;
    public static String summary;
    public static String unknownSendLine;
    public static String unknownSendsHeader;
    public static String unknownSendsHint;

    public static String fullListHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

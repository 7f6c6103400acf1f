package io.certdesk.cli.internal.fetch;

import org.eclipse.osgi.util.NLS;

/** Messages of {@code certdesk fetch} and {@code certdesk errors} (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.fetch.messages"; //$NON-NLS-1$

    public static String errorLine;
    public static String errorDetail;
    public static String errorCause;
    public static String errorRemedy;
    public static String fetchSaved;
    public static String fetchFirstDownload;
    public static String fetchProxyChoice;
    public static String fetchProxyCredentials;
    public static String fetchProxyInvalid;
    public static String fetchTimeouts;
    public static String errorsLanguage;
    public static String errorsUnknownCode;
    public static String errorsHeading;
    public static String errorsMessage;
    public static String errorsMore;
    public static String categoryCommunication;
    public static String categoryPkcs12;
    public static String categoryLocalStore;
    public static String categoryDelivery;
    public static String categoryPortal;
    public static String categoryRoster;
    public static String categoryCancelled;
    public static String categoryUnknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

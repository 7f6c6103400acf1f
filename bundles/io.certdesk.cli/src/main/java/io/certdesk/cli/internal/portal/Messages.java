package io.certdesk.cli.internal.portal;

import org.eclipse.osgi.util.NLS;

/** Messages of the {@code certdesk portal} commands (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.portal.messages"; //$NON-NLS-1$

    public static String provisionCountRequired;
    public static String invalidLocale;
    public static String invalidChain;
    public static String invalidValue;
    public static String provisionIssued;
    public static String provisionRenewed;
    public static String provisionRoster;
    public static String provisionServeHint;
    public static String serveStarted;
    public static String serveRepository;
    public static String serveTrust;
    public static String serveProfile;
    public static String serveAdmin;
    public static String serveClock;
    public static String serveStopHint;
    public static String serveStopsAfter;
    public static String serveStopped;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal.start;

import org.eclipse.osgi.util.NLS;

/** Localised texts: Start page (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.start.messages"; //$NON-NLS-1$

    public static String startTitle;
    public static String startIntro;
    public static String startNew;
    public static String startNewHelp;
    public static String startOpen;
    public static String startOpenHelp;
    public static String startDemo;
    public static String startDemoHelp;
    public static String startRecent;
    public static String startNoRecent;
    public static String startRecentAccessible;
    public static String recentGone;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

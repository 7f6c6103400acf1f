package io.certdesk.ui.internal.help;

import org.eclipse.osgi.util.NLS;

/** Localised texts: Help &gt; Error Codes and User Guide (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.help.messages"; //$NON-NLS-1$

    public static String title;
    public static String search;
    public static String searchHint;
    public static String count;
    public static String columnCode;
    public static String columnMessage;
    public static String detailsLabel;
    public static String details;
    public static String nothing;
    public static String guideTitle;
    public static String guideSearch;
    public static String guideSearchHint;
    public static String guideFindNext;
    public static String guideFound;
    public static String guideNotFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

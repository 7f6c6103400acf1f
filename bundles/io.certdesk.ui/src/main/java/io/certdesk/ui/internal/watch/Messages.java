package io.certdesk.ui.internal.watch;

import org.eclipse.osgi.util.NLS;

/** Localised texts: the watcher's notifications (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.watch.messages"; //$NON-NLS-1$

    public static String watchJob;
    public static String closingTitle;
    public static String closingText;
    public static String closingUrgentTitle;
    public static String passedTitle;
    public static String passedText;
    public static String renewalTitle;
    public static String renewalText;
    public static String expiredTitle;
    public static String expiredText;
    public static String unknownTitle;
    public static String unknownText;
    public static String passwordsTitle;
    public static String passwordsText;
    public static String showEntries;
    public static String jobFinished;
    public static String jobCancelled;
    public static String jobCancelledText;
    public static String jobFailed;
    public static String jobFailedText;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

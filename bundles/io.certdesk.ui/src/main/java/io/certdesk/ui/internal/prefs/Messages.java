package io.certdesk.ui.internal.prefs;

import org.eclipse.osgi.util.NLS;

/** Localised texts: File &gt; Preferences and the date style (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.prefs.messages"; //$NON-NLS-1$

    public static String title;
    public static String message;
    public static String groupWatching;
    public static String atStartUp;
    public static String interval;
    public static String hours;
    public static String firstWarning;
    public static String secondWarning;
    public static String minutes;
    public static String secondNotBefore;
    public static String problemLine;
    public static String groupNotifications;
    public static String notifyClosing;
    public static String notifyPassed;
    public static String notifyRenewal;
    public static String notifyExpired;
    public static String notifyUnknown;
    public static String notifyPasswords;
    public static String notifyFinished;
    public static String notifyCancelled;
    public static String notifyFailed;
    public static String groupLanguage;
    public static String languageOs;
    public static String languageJapanese;
    public static String languageEnglish;
    public static String languageNote;
    public static String groupDates;
    public static String datesWestern;
    public static String datesEra;
    public static String datesSample;
    public static String restoreDefaults;
    public static String saveFailed;
    public static String eraDate;
    public static String eraFirstYear;
    public static String eraLanguage;
    public static String eraMonthDay;
    public static String eraTwoDigits;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

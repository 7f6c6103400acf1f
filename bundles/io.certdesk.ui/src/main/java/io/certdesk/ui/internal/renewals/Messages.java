package io.certdesk.ui.internal.renewals;

import org.eclipse.osgi.util.NLS;

/** Localised texts: the Renewal Planner part (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.renewals.messages"; //$NON-NLS-1$

    public static String daysLabel;
    public static String daysInvalid;
    public static String exportCalendar;
    public static String exportList;
    public static String exportCalendarTitle;
    public static String exportListTitle;
    public static String columnDate;
    public static String columnGroup;
    public static String columnName;
    public static String columnExpiry;
    public static String columnOpens;
    public static String columnState;
    public static String stateOpen;
    public static String stateOpens;
    public static String stateExpired;
    public static String dateLine;
    public static String count;
    public static String noWorkspace;
    public static String treeAccessible;
    public static String jobLoad;
    public static String jobExport;
    public static String exported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal.audit;

import org.eclipse.osgi.util.NLS;

/** Localised texts: the Audit part (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.audit.messages"; //$NON-NLS-1$

    public static String actionWithId;
    public static String actionEntryState;
    public static String actionDeliveryState;
    public static String actionWorkspaceCreated;
    public static String actionWorkspaceSettings;
    public static String actionMailSettings;
    public static String actionSecretStored;
    public static String actionExportCopied;
    public static String actionPasswordShown;
    public static String actionPasswordRefused;
    public static String actionAuditSealed;
    public static String actionAuditExported;
    public static String columnTime;
    public static String columnUser;
    public static String columnAction;
    public static String columnEntry;
    public static String columnDetail;
    public static String tableAccessible;
    public static String refresh;
    public static String verify;
    public static String verifyHelp;
    public static String export;
    public static String exportTitle;
    public static String noWorkspace;
    public static String count;
    public static String notVerified;
    public static String verdictIntact;
    public static String verdictBroken;
    public static String verdictBrokenNoRecord;
    public static String verdictAccessible;
    public static String jobLoad;
    public static String jobVerify;
    public static String jobExport;
    public static String exported;
    public static String verified;
    public static String busy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised texts of the workbench parts (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.messages"; //$NON-NLS-1$

    public static String columnName;
    public static String columnEmail;
    public static String columnDepartment;
    public static String columnGroup;
    public static String columnCertificate;
    public static String columnStatus;
    public static String columnDeadline;
    public static String columnFirstDownload;
    public static String columnExpiry;
    public static String columnError;
    public static String logStarted;
    public static String logLocale;
    public static String aboutTitle;
    public static String aboutText;
    public static String riskFailed;
    public static String riskWindowPassed;
    public static String riskUnderHour;
    public static String riskAtRisk;
    public static String riskSuperseded;
    public static String stateWithRisk;
    public static String countdownPassed;
    public static String countdownMinutes;
    public static String countdownHours;
    public static String deadlineWithCountdown;
    public static String entriesAccessibleName;
    public static String filterLabel;
    public static String filterHint;
    public static String filterAccessibleName;
    public static String quickAll;
    public static String quickAtRisk;
    public static String quickFailed;
    public static String quickWindowPassed;
    public static String entriesTableLabel;
    public static String countAll;
    public static String countShown;
    public static String noWorkspace;
    public static String workspaceOpen;
    public static String workspaceProblem;
    public static String overviewAll;
    public static String overviewState;
    public static String overviewAtRisk;
    public static String overviewAtRiskNext;
    public static String overviewRenewals;
    public static String overviewUnknownSends;
    public static String jobOpen;
    public static String jobRefresh;
    public static String jobCreate;
    public static String jobDemo;
    public static String jobClose;
    public static String jobImport;
    public static String openTitle;
    public static String openDirectoryMessage;
    public static String passphraseMessage;
    public static String passphraseLabel;
    public static String passphraseFileProblem;
    public static String columnsReset;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

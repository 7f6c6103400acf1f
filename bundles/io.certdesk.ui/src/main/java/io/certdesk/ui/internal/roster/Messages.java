package io.certdesk.ui.internal.roster;

import org.eclipse.osgi.util.NLS;

/** Localised texts: Import roster wizard (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.roster.messages"; //$NON-NLS-1$

    public static String wizardTitle;
    public static String noWorkspace;
    public static String browse;
    public static String fileTitle;
    public static String fileDescription;
    public static String fileLabel;
    public static String fileAccessible;
    public static String fileBrowse;
    public static String sheetLabel;
    public static String sheetAccessible;
    public static String detect;
    public static String encodingLabel;
    public static String encodingAccessible;
    public static String encodingDetect;
    public static String encodingUtf8;
    public static String encodingShiftJis;
    public static String headerRowLabel;
    public static String headerRowAccessible;
    public static String headerRowHelp;
    public static String fileHelp;
    public static String fileMissing;
    public static String fileUnreadable;
    public static String reading;
    public static String readFailed;
    public static String readCancelled;
    public static String mappingTitle;
    public static String mappingDescription;
    public static String fieldRequired;
    public static String fieldAccessible;
    public static String notFound;
    public static String notUsed;
    public static String previewAccessible;
    public static String previewSummary;
    public static String previewRow;
    public static String previewStatus;
    public static String nothingToImport;
    public static String statusAccepted;
    public static String statusWarned;
    public static String statusRejected;
    public static String severityInfo;
    public static String severityWarning;
    public static String severityError;
    public static String findingsTitle;
    public static String findingsDescription;
    public static String findingsFilter;
    public static String findingsFilterAccessible;
    public static String findingsAll;
    public static String findingsErrors;
    public static String findingsWarnings;
    public static String findingsInfo;
    public static String findingsCount;
    public static String findingsCopy;
    public static String findingsAccessible;
    public static String findingsSeverity;
    public static String findingsWhere;
    public static String findingsWhat;
    public static String resultTitle;
    public static String resultCounts;
    public static String resultSkipped;
    public static String resultRow;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

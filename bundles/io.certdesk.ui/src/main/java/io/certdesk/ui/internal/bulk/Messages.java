package io.certdesk.ui.internal.bulk;

import org.eclipse.osgi.util.NLS;

/** Localised texts: actions on the selected entries (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.bulk.messages"; //$NON-NLS-1$

    public static String handOverTitle;
    public static String handOverNothing;
    public static String handOverQuestion;
    public static String handOverChannel;
    public static String handOverByHandout;
    public static String handOverByManual;
    public static String handOverNote;
    public static String handOverNoteHint;
    public static String handOverNoteAccessible;
    public static String handOverRecord;
    public static String jobHandOver;
    public static String handedOver;
    public static String unknownTitle;
    public static String unknownNothing;
    public static String unknownQuestion;
    public static String unknownDelivered;
    public static String unknownAgain;
    public static String unknownNoteDelivered;
    public static String unknownNoteAgain;
    public static String jobUnknown;
    public static String unknownSettledDelivered;
    public static String unknownSettledAgain;
    public static String saveExportsTitle;
    public static String saveExportsMessage;
    public static String saveExportsNothing;
    public static String jobSaveExports;
    public static String savedExports;
    public static String copied;
    public static String menuRun;
    public static String menuRetry;
    public static String menuDeliver;
    public static String menuDeliverFile;
    public static String menuDeliverPassword;
    public static String menuHandOver;
    public static String menuUnknown;
    public static String menuSaveExports;
    public static String menuCopy;
    public static String menuDetails;
    public static String menuColumns;
    public static String workbookTitle;
    public static String fileExists;
    public static String jobWorkbook;
    public static String workbookWritten;
    public static String handoutTitle;
    public static String handoutQuestion;
    public static String handoutNothing;
    public static String handoutMark;
    public static String handoutOnly;
    public static String jobHandout;
    public static String handoutWritten;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal.activity;

import org.eclipse.osgi.util.NLS;

/** Localised texts: Activity, run and delivery (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.activity.messages"; //$NON-NLS-1$

    public static String jobRun;
    public static String jobRetry;
    public static String jobDeliver;
    public static String jobDryRun;
    public static String started;
    public static String runStorage;
    public static String runCancelled;
    public static String runFinished;
    public static String templateProblem;
    public static String dryRunFinished;
    public static String deliverFinished;
    public static String deliverCancelled;
    public static String jobFailed;
    public static String eventFinished;
    public static String eventFailed;
    public static String eventSettled;
    public static String eventWarning;
    public static String partFile;
    public static String partPassword;
    public static String stageDownload;
    public static String stageVerify;
    public static String stageExport;
    public static String idle;
    public static String progressText;
    public static String progressRate;
    public static String logTableLabel;
    public static String progressAccessible;
    public static String cancel;
    public static String cancelHelp;
    public static String save;
    public static String saveFailed;
    public static String logAccessible;
    public static String columnTime;
    public static String columnWhat;
    public static String columnCode;
    public static String failureHint;
    public static String deliverTitle;
    public static String deliverQuestion;
    public static String deliverFrom;
    public static String deliverSameMailbox;
    public static String deliverNoMail;
    public static String deliverNothing;
    public static String deliverOnlyFile;
    public static String deliverOnlyPassword;
    public static String deliverSend;
    public static String deliverDry;
    public static String quitTitle;
    public static String quitRunning;
    public static String busy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.jobs.internal;

import org.eclipse.osgi.util.NLS;

/** Localised texts of the job service (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.jobs.internal.messages"; //$NON-NLS-1$

    public static String demoFolderExists;
    public static String renewalSummaryOne;
    public static String renewalSummaryMany;
    public static String renewalSummaryExpired;
    public static String renewalDescriptionLine;
    public static String renewalDescriptionExpired;
    public static String renewalListHeader;
    public static String demoPasswordRecipientHeader;
    public static String preflightStopped;
    public static String preflightLine;
    public static String preflightFixFolder;
    public static String preflightNoTrustAnchor;
    public static String preflightFixTrustAnchor;
    public static String preflightFixDeliverySettings;
    public static String passwordPassphraseWrong;
    public static String ruleNotANumber;
    public static String ruleRange;
    public static String ruleHostMissing;
    public static String ruleHostInvalid;
    public static String ruleUrlMissing;
    public static String ruleUrlNotHttps;
    public static String ruleUrlInvalid;
    public static String ruleFileNotAbsolute;
    public static String ruleFileMissing;
    public static String ruleMailMissing;
    public static String ruleMailInvalid;
    public static String ruleNoClasses;
    public static String ruleUserInvalid;
    public static String testMailSubject;
    public static String testMailBody;
    public static String ruleRootFingerprint;
    public static String ruleRootInvalid;
    public static String templateNoCertificate;
    public static String templateNoMailSettings;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

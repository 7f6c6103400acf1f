package io.certdesk.ui.internal.settings;

import org.eclipse.osgi.util.NLS;

/** Localised texts: File &gt; Workspace Settings (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.settings.messages"; //$NON-NLS-1$

    public static String title;
    public static String message;
    public static String problem;
    public static String tabPortal;
    public static String tabProxy;
    public static String tabMail;
    public static String tabPasswords;
    public static String baseUrl;
    public static String tlsCaFiles;
    public static String issuerCaFiles;
    public static String expectedRoot;
    public static String filesHint;
    public static String testConnection;
    public static String proxyNone;
    public static String proxySystem;
    public static String proxyManual;
    public static String proxyHost;
    public static String proxyPort;
    public static String user;
    public static String password;
    public static String passwordStored;
    public static String passwordNone;
    public static String testProxy;
    public static String smtpHost;
    public static String smtpPort;
    public static String security;
    public static String securitySmtps;
    public static String securityStarttls;
    public static String securityLoopback;
    public static String from;
    public static String replyTo;
    public static String bcc;
    public static String charset;
    public static String rate;
    public static String delay;
    public static String testMailTo;
    public static String sendTestMail;
    public static String mailOptional;
    public static String length;
    public static String classes;
    public static String classUpper;
    public static String classLower;
    public static String classDigits;
    public static String classSymbols;
    public static String sample;
    public static String sampleNone;
    public static String exportProfile;
    public static String profileModern;
    public static String profileCompat;
    public static String iterations;
    public static String renewalDays;
    public static String marginHours;
    public static String testing;
    public static String testOk;
    public static String testFailed;
    public static String jobTest;
    public static String saveFailed;
    public static String loadFailed;
    public static String tabTemplates;
    public static String template;
    public static String templateFileJa;
    public static String templateFileEn;
    public static String templatePasswordJa;
    public static String templatePasswordEn;
    public static String templateProblems;
    public static String templatePreview;
    public static String templatePreviewFor;
    public static String templateFinding;
    public static String templateRendered;
    public static String templateFixFirst;
    public static String jobTemplates;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.cli.internal.p12;

import org.eclipse.osgi.util.NLS;

/** Localised messages of {@code certdesk p12} (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.p12.messages"; //$NON-NLS-1$

    public static String badFingerprint;
    public static String reportVerdictNotVerified;
    public static String noAnchor;
    public static String untrustedWarning;
    public static String badFetchHost;
    public static String proxyTwice;
    public static String converted;
    public static String generatedPasswordFollows;
    public static String noTerminalNewPassword;
    public static String noTerminalPassword;
    public static String passwordFileEmpty;
    public static String passwordFileMissing;
    public static String passwordFileNotUtf8;
    public static String passwordFileUnreadable;
    public static String passwordsDiffer;
    public static String promptNewPassword;
    public static String promptNewPasswordAgain;
    public static String promptPassword;
    public static String reportAlgorithms;
    public static String reportChainComplete;
    public static String reportChainEntry;
    public static String reportChainIncomplete;
    public static String reportChainThumbprint;
    public static String reportCheck;
    public static String reportFile;
    public static String reportIssuer;
    public static String reportKey;
    public static String reportKeyUsage;
    public static String reportProtection;
    public static String reportSerial;
    public static String reportSha1;
    public static String reportSha256;
    public static String reportSubject;
    public static String reportSubjectName;
    public static String reportSubjectUnit;
    public static String reportValidity;
    public static String reportVerdictFailed;
    public static String reportVerdictPassed;
    public static String terminal;
    public static String trustFileUnreadable;
    public static String unknownProfile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

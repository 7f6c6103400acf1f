package io.certdesk.crypto.internal;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the PKCS#12 engine (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.crypto.internal.messages"; //$NON-NLS-1$

    public static String exceptionFormat;
    public static String exceptionWithDetail;
    public static String partMac;
    public static String partKey;
    public static String partContent;
    public static String noEncryption;
    public static String macMalformed;
    public static String parametersMalformed;
    public static String algorithmUnsupported;
    public static String keyLengthUnreasonable;
    public static String iterationsNotPositive;
    public static String iterationsTooHigh;
    public static String iterationsTotalTooHigh;
    public static String saltTooLong;
    public static String fileTooLarge;
    public static String sniffEmpty;
    public static String sniffHtml;
    public static String sniffPem;
    public static String sniffZip;
    public static String sniffText;
    public static String sniffUnknown;
    public static String sniffOtherDer;
    public static String wrongVersion;
    public static String structureBroken;
    public static String publicKeyIntegrity;
    public static String contentTypeUnsupported;
    public static String tooManyContents;
    public static String tooManyBags;
    public static String bagsMalformed;
    public static String keyMalformed;
    public static String decryptionFailed;
    public static String noMacWrongPassword;
    public static String certificateUnreadable;
    public static String noKeyDetail;
    public static String severalKeysDetail;
    public static String noCertificateDetail;
    public static String keyMismatchDetail;
    public static String keyTypeUnsupported;
    public static String exportFailed;
    public static String readBackFailed;
    public static String fileNotFound;
    public static String fileAccessDenied;
    public static String outputExists;
    public static String fetchSchemeUnsupported;
    public static String fetchTimeout;
    public static String fetchHostNotAllowed;
    public static String fetchRedirectRefused;
    public static String fetchTooManyRedirects;
    public static String aiaNotAllowed;
    public static String fetchFailed;
    public static String fetchStatus;
    public static String fetchTooLarge;
    public static String fetchNoCertificate;
    public static String aiaFailed;
    public static String aiaUnreadable;
    public static String issuerNotFound;
    public static String checkChainComplete;
    public static String checkNotYetValid;
    public static String checkExpired;
    public static String checkValid;
    public static String checkTrusted;
    public static String checkNotTrusted;
    public static String checkTrustedByPin;
    public static String checkNoAnchor;
    public static String checkNoAnchorAccepted;
    public static String checkPathNoAnchor;
    public static String checkRootNameNotConfigured;
    public static String checkRootNameMatches;
    public static String checkRootNameDiffers;
    public static String checkPathSkipped;
    public static String checkLeafIsRoot;
    public static String checkPathValid;
    public static String checkPathInvalid;
    public static String rootFingerprints;
    public static String noRoot;
    public static String checkPinNotConfigured;
    public static String checkPinMatches;
    public static String checkPinDiffers;
    public static String checkIssuerNotConfigured;
    public static String checkIssuerMatches;
    public static String checkIssuerDiffers;
    public static String checkRevocationSkipped;
    public static String passwordEmpty;
    public static String passwordTooShort;
    public static String passwordTooLong;
    public static String passwordFullWidth;
    public static String passwordNonAscii;
    public static String passwordWhitespace;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.delivery.internal;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the delivery engine (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.delivery.internal.messages"; //$NON-NLS-1$

    public static String addressInvalid;
    public static String addressMissing;
    public static String channelHandout;
    public static String channelMail;
    public static String channelManual;
    public static String clearTextNotLoopback;
    public static String exceptionFormat;
    public static String exceptionWithDetail;
    public static String fieldCertificateNumber;
    public static String fieldDepartment;
    public static String fieldEmail;
    public static String fieldFileName;
    public static String fieldIssuer;
    public static String fieldName;
    public static String fieldPasswordRecipient;
    public static String fieldSubject;
    public static String fontMissing;
    public static String fontUnreadable;
    public static String handoutCertificateNumber;
    public static String handoutDepartment;
    public static String handoutExpiry;
    public static String handoutFileName;
    public static String handoutIssuer;
    public static String handoutKeepApart;
    public static String handoutName;
    public static String handoutPage;
    public static String handoutPassword;
    public static String handoutPrinted;
    public static String handoutReceipt;
    public static String handoutTitle;
    public static String heldFileNotAccepted;
    public static String hostMissing;
    public static String interruptedSendsFound;
    public static String itemLabel;
    public static String needsConfirmation;
    public static String paceInvalid;
    public static String partFile;
    public static String partPassword;
    public static String portInvalid;
    public static String retryLater;
    public static String sameMailboxBccRefused;
    public static String sameMailboxBccWarning;
    public static String sameMailboxRefused;
    public static String sameMailboxWarning;
    public static String settingsLabel;
    public static String stateAccepted;
    public static String stateAlreadyDelivered;
    public static String stateCancelled;
    public static String stateConfirmed;
    public static String stateDeferred;
    public static String stateFailed;
    public static String stateHandedOver;
    public static String stateHandoutPending;
    public static String stateHeld;
    public static String stateIntent;
    public static String stateManualPending;
    public static String stateNeedsConfirmation;
    public static String stateResend;
    public static String stateUnknown;
    public static String stateWritten;
    public static String templateMissing;
    public static String templateNoSubject;
    public static String templateNotUtf8;
    public static String templatePasswordNotAllowed;
    public static String templateUnclosed;
    public static String templateUnknownPlaceholder;
    public static String unsafeCharacter;
    public static String unsafeFileName;
    public static String partCrashed;
    public static String attachmentSize;
    public static String preflightNoFrom;
    public static String preflightFixFrom;
    public static String preflightFixSmtp;
    public static String preflightFixTemplates;
    public static String preflightUnsafeName;
    public static String preflightFixUnsafe;
    public static String preflightNoEmail;
    public static String preflightBadEmail;
    public static String preflightFixEmail;
    public static String preflightNoRecipient;
    public static String preflightBadRecipient;
    public static String preflightFixRecipient;
    public static String preflightSameMailbox;
    public static String preflightSameAsBcc;
    public static String preflightFixSame;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal.details;

import org.eclipse.osgi.util.NLS;

/** Localised texts: Details part (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.details.messages"; //$NON-NLS-1$

    public static String none;
    public static String many;
    public static String personTitle;
    public static String personState;
    public static String personName;
    public static String personEmail;
    public static String personDepartment;
    public static String personGroup;
    public static String personNumber;
    public static String personChannel;
    public static String personRecipient;
    public static String certificateTitle;
    public static String certificateSubject;
    public static String certificateIssuer;
    public static String certificateSerial;
    public static String certificateValidity;
    public static String certificateFromTo;
    public static String certificateSha256;
    public static String certificateSha1;
    public static String copy;
    public static String copyAccessible;
    public static String windowTitle;
    public static String windowImported;
    public static String windowFirst;
    public static String windowNotYet;
    public static String windowFirstValue;
    public static String windowFromPortal;
    public static String windowLocal;
    public static String windowCount;
    public static String windowDeadline;
    public static String windowDeadlineValue;
    public static String exportTitle;
    public static String exportProfile;
    public static String exportSha256;
    public static String errorTitle;
    public static String errorMessage;
    public static String errorDetail;
    public static String errorCause;
    public static String errorRemedy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

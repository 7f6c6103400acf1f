package io.certdesk.cli.internal.console;

import org.eclipse.osgi.util.NLS;

/** Localised texts of the shared output layer (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.console.messages"; //$NON-NLS-1$

    public static String batch;
    public static String delivery;
    public static String stageDownload;
    public static String stageVerify;
    public static String stageExport;
    public static String partFile;
    public static String partPassword;
    public static String plainExtra;
    public static String failedExtra;
    public static String digestOne;
    public static String digestMany;
    public static String digestMore;
    public static String digestFullList;
    public static String withDetail;
    public static String warningOne;
    public static String warningMany;
    public static String stateImported;
    public static String stateDownloaded;
    public static String stateVerified;
    public static String stateExported;
    public static String stateDelivered;
    public static String stateDone;
    public static String stateFailed;
    public static String stateWindowPassed;
    public static String stateSuperseded;
    public static String renewalValid;
    public static String renewalOpen;
    public static String renewalExpired;

    public static String failure;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

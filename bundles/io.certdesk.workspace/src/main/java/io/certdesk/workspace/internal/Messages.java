package io.certdesk.workspace.internal;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the workspace engine (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.workspace.internal.messages"; //$NON-NLS-1$

    public static String entryStateImported;
    public static String entryStateDownloaded;
    public static String entryStateVerified;
    public static String entryStateExported;
    public static String entryStateDelivered;
    public static String entryStateDone;
    public static String entryStateFailed;
    public static String entryStateWindowPassed;
    public static String entryStateSuperseded;
    public static String auditChainBroken;
    public static String auditGap;
    public static String auditRecordEdited;
    public static String auditRecordMissing;
    public static String auditRecordForged;
    public static String auditHeadMissing;
    public static String auditHeadForged;
    public static String auditTruncated;
    public static String auditBeyondHead;
    public static String auditTriggersMissing;
    public static String auditRefused;
    public static String auditRefusedWhole;
    public static String cannotCreate;
    public static String cannotOpen;
    public static String cannotRead;
    public static String cannotStoreDownload;
    public static String cannotStoreExport;
    public static String cannotWrite;
    public static String cannotWriteFile;
    public static String diskFull;
    public static String copyDamagedDetail;
    public static String entrySource;
    public static String exportDamaged;
    public static String folderNotEmpty;
    public static String noTrustAnchor;
    public static String anchorsRemoved;
    public static String headerDamaged;
    public static String inUse;
    public static String newerFormat;
    public static String noCertificateSource;
    public static String noSuchEntry;
    public static String notAWorkspace;
    public static String notExported;
    public static String notFailed;
    public static String notInLifeCycle;
    public static String outputExists;
    public static String passphraseFileEmpty;
    public static String passphraseFileNotUtf8;
    public static String passphraseFileUnreadable;
    public static String passphraseNoSource;
    public static String passphrasePrompt;
    public static String passphrasePromptAgain;
    public static String passphraseTooShort;
    public static String passphrasesDiffer;
    public static String secretDamaged;
    public static String supersededNotDelivered;
    public static String wrongPassphrase;
    public static String stepCrashed;
    public static String folderNotOwnerOnly;
    public static String folderClaimRemedy;
    public static String folderCheckRemedy;
    public static String folderMoreProblems;
    public static String exposureOthersAccess;
    public static String exposureOthersWrite;
    public static String exposureOtherOwner;
    public static String exposureLink;
    public static String exposureNoProtection;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.ui.internal.create;

import org.eclipse.osgi.util.NLS;

/** Localised texts: New workspace wizard (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.ui.internal.create.messages"; //$NON-NLS-1$

    public static String wizardTitle;
    public static String browse;
    public static String folderTitle;
    public static String folderDescription;
    public static String folderLabel;
    public static String folderAccessible;
    public static String folderHelp;
    public static String folderMissing;
    public static String folderInvalid;
    public static String folderNotAbsolute;
    public static String folderIsFile;
    public static String folderNotEmpty;
    public static String folderUnreadable;
    public static String passphraseTitle;
    public static String passphraseDescription;
    public static String passphraseFirst;
    public static String passphraseSecond;
    public static String passphraseFirstAccessible;
    public static String passphraseSecondAccessible;
    public static String passphraseHelp;
    public static String passphraseDiffer;
    public static String strengthLabel;
    public static String strengthTooShort;
    public static String strengthWeak;
    public static String strengthFair;
    public static String strengthStrong;
    public static String profileTitle;
    public static String profileDescription;
    public static String profileModern;
    public static String profileModernHelp;
    public static String profileCompat;
    public static String profileCompatHelp;
    public static String trustTitle;
    public static String trustDescription;
    public static String trustByProfile;
    public static String trustProfileLabel;
    public static String trustProfileAccessible;
    public static String trustProfileBrowse;
    public static String trustProfileEmpty;
    public static String trustProfileRead;
    public static String trustByFiles;
    public static String trustFileLabel;
    public static String trustFileAccessible;
    public static String trustFileBrowse;
    public static String trustAdd;
    public static String trustListLabel;
    public static String trustListAccessible;
    public static String trustListItem;
    public static String trustFileEmpty;
    public static String trustFileUnreadable;
    public static String trustByPin;
    public static String trustPinLabel;
    public static String trustPinAccessible;
    public static String trustPinInvalid;
    public static String trustFetch;
    public static String trustHelp;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

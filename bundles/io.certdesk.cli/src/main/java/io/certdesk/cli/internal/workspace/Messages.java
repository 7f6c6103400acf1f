package io.certdesk.cli.internal.workspace;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the workspace commands (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.workspace.messages"; //$NON-NLS-1$

    public static String auditBroken;
    public static String auditExported;
    public static String auditIntact;
    public static String cancelled;
    public static String copied;
    public static String created;
    public static String statusFailed;
    public static String statusRenewal;
    public static String statusRenewalEntry;
    public static String statusWindow;
    public static String statusWindowAtRisk;
    public static String statusWindowEntry;
    public static String statusWorkspace;
    public static String summary;
    public static String trustFileUnreadable;
    public static String noTrustAnchor;
    public static String badFingerprint;
    public static String unknownProfile;
    public static String configPortal;
    public static String configProxy;
    public static String configProxyUser;
    public static String configStored;
    public static String configNotStored;
    public static String configTrust;
    public static String configOff;
    public static String configExport;
    public static String configPasswords;
    public static String configWindow;
    public static String configNoMail;
    public static String configMail;
    public static String proxyUserWithoutProxy;
    public static String proxyInvalid;
    public static String passwordCharsInvalid;
    public static String passwordPolicyInvalid;
    public static String secretFileUnreadable;
    public static String portalProfileSet;

    public static String fullListHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package io.certdesk.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the command line (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.messages"; //$NON-NLS-1$

    public static String unknownCommand;
    public static String unknownCommandSuggestion;
    public static String invalidArguments;
    public static String missingArgument;
    public static String commandFailed;
    public static String noDisplay;
    public static String noDisplayHint;
    public static String guiFromCommandLine;
    public static String serviceMissing;
    public static String mailMediatorFailed;
    public static String versionLine;
    public static String runtimeLine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

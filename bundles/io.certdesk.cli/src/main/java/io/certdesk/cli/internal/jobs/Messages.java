package io.certdesk.cli.internal.jobs;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the batch commands (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.jobs.messages"; //$NON-NLS-1$

    public static String smtpPasswordStored;
    public static String smtpPasswordEmpty;
    public static String smtpPasswordNoTerminal;
    public static String smtpPasswordPrompt;
    public static String smtpPasswordUnreadable;
    public static String cancelled;
    public static String deliverySkipped;
    public static String deliverySummary;
    public static String demoFolder;
    public static String demoPassphrase;
    public static String demoPortal;
    public static String demoProvisioned;
    public static String demoRoster;
    public static String demoSink;
    public static String demoStopped;
    public static String demoSummary;
    public static String demoUsers;
    public static String demoGuiFromCommandLine;
    public static String demoWhereExports;
    public static String demoWhereOutbox;
    public static String demoWhereResult;
    public static String demoWhereRoster;
    public static String demoWhereWorkspace;
    public static String finding;
    public static String imported;
    public static String pipelineSummary;
    public static String rejectedRow;
    public static String reportWritten;
    public static String rosterRefused;
    public static String states;
    public static String outExists;

    public static String runCreating;

    public static String runCreated;

    public static String runNotWorkspace;
    public static String runSetupOnlyNew;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

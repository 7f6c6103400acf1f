package io.certdesk.jobs;

import java.net.URI;
import java.nio.file.Path;

/** A running demo (see {@link DemoService}); {@link #close()} closes the workspace and stops the portal and mail sink. */
public interface DemoSetup extends AutoCloseable {

    /** The demo folder (owner-only). */
    Path folder();

    /** The demo group of the reference portal. */
    String group();

    /** How many users were provisioned. */
    int users();

    /** The roster of the demo users. */
    Path roster();

    /** The workspace folder. */
    Path workspace();

    /** The file holding the workspace passphrase (owner-only). */
    Path passphraseFile();

    /** Where the demo copies the exported files. */
    Path exports();

    /** The workspace outbox, where the mail sink saves the messages. */
    Path outbox();

    /** Where the demo writes the result workbook. */
    Path result();

    /** The reference portal's address (loopback). */
    URI portal();

    /** The CA certificate the portal's TLS certificate is trusted through. */
    Path portalTrust();

    /** The mail sink's port on 127.0.0.1. */
    int mailSinkPort();

    /** The open demo workspace. */
    WorkspaceSession session();

    @Override
    void close() throws JobException;
}

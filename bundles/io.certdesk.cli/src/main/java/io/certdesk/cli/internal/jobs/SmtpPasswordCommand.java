package io.certdesk.cli.internal.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReadException;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk smtp-password --workspace DIR [--password-file F]}: stores the SMTP login password encrypted in
 * the workspace, where {@code deliver} and {@code run} read it. The password comes from the first line of a file or
 * from the terminal without echo, never from the command line.
 */
@Command(name = "smtp-password", sortOptions = false)
public final class SmtpPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", descriptionKey = "batch.workspace")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "batch.passphrase-file")
    Path passphraseFile;

    @Option(names = "--password-file", paramLabel = "F", descriptionKey = "batch.smtp-password-file")
    Path passwordFile;

    private final JobService jobs;

    public SmtpPasswordCommand(JobService jobs) {
        this.jobs = java.util.Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password = null;
        try {
            password = passwordFile != null ? firstLine(passwordFile) : fromTerminal();
            if (password.length == 0) {
                throw new ParameterException(spec.commandLine(), Messages.smtpPasswordEmpty);
            }
            try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
                jobs.storeSmtpPassword(session, password);
            }
            out.println(NLS.bind(Messages.smtpPasswordStored, workspace));
            return 0;
        } catch (JobException e) {
            return Output.failure(err, e.code(), e.getMessage());
        } catch (IOException e) {
            return Output.failure(err, ErrorCode.STORE_SETTINGS_INVALID,
                    NLS.bind(Messages.smtpPasswordUnreadable, passwordFile));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private char[] fromTerminal() {
        try (Secret typed = SecretReader.standard().fromTerminal(Messages.smtpPasswordPrompt)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), Messages.smtpPasswordNoTerminal))) {
            return typed.copy();
        }
    }

    /** The first line of the file, through the core secret reader (UTF-8, byte-order mark skipped, wiped buffers). */
    static char[] firstLine(Path file) throws IOException {
        try (Secret secret = SecretReader.firstLine(file)) {
            return secret.copy();
        } catch (SecretReadException e) {
            if (e.reason() == SecretReadException.Reason.EMPTY) {
                return new char[0];
            }
            throw e;
        }
    }
}

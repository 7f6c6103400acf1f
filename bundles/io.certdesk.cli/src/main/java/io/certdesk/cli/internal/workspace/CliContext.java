package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.Workspaces;
import org.eclipse.osgi.util.NLS;

/**
 * What the workspace commands need: the engine, the portal client when one is installed, the clock, the
 * environment and terminal for the passphrase, and whether a terminal is attached (progress bar or plain lines).
 */
final class CliContext {

    final Pkcs12Engine engine;
    final Optional<CertificateSource> source;
    final Clock clock;
    final Map<String, String> environment;
    final SecretReader.Prompt prompt;
    final boolean terminal;
    final JobService jobs;

    /** A context whose job service is made from the engine and the clock (tests). */
    CliContext(Pkcs12Engine engine, Optional<CertificateSource> source, Clock clock, Map<String, String> environment,
            SecretReader.Prompt prompt, boolean terminal) {
        this(JobServices.create(RosterReaders.create(), engine, clock), engine, source, clock, environment, prompt,
                terminal);
    }

    CliContext(JobService jobs, Pkcs12Engine engine, Optional<CertificateSource> source, Clock clock,
            Map<String, String> environment, SecretReader.Prompt prompt, boolean terminal) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.engine = Objects.requireNonNull(engine, "engine"); //$NON-NLS-1$
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.environment = Map.copyOf(environment);
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
        this.terminal = terminal;
    }

    /** The product's context: the job service, system clock, process environment, console. */
    static CliContext system(JobService jobs, Pkcs12Engine engine, Optional<CertificateSource> source) {
        return new CliContext(jobs, engine, source, Clock.systemDefaultZone(), System.getenv(),
                SecretReader.Prompt.console(), System.console() != null);
    }

    Passphrase passphrase(WorkspaceOptions options) {
        return new Passphrase(Optional.ofNullable(options.passphraseFile), environment, prompt);
    }

    Workspace open(WorkspaceOptions options) throws WorkspaceException {
        char[] passphrase = passphrase(options).read();
        try {
            return Workspaces.open(options.folder, passphrase, clock);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Opens the workspace through the job service. */
    WorkspaceSession session(WorkspaceOptions options) throws JobException {
        char[] passphrase;
        try {
            passphrase = passphrase(options).read();
        } catch (WorkspaceException e) {
            throw new JobException(e.code(), e.getMessage(), e);
        }
        try {
            return jobs.open(options.folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Prints a job-service failure as {@code [code] message} with the remedy, and returns exit code 1. */
    static int failure(PrintWriter err, JobException e) {
        err.println(NLS.bind(Messages.failure, new Object[] { Integer.toString(e.code().code()), e.getMessage(), e.code().remedy() }));
        err.flush();
        return 1;
    }

    /** Prints a workspace failure as {@code [code] message} with the remedy, and returns exit code 1. */
    static int failure(PrintWriter err, WorkspaceException e) {
        err.println(NLS.bind(Messages.failure, new Object[] { Integer.toString(e.code().code()), e.getMessage(), e.code().remedy() }));
        err.flush();
        return 1;
    }
}

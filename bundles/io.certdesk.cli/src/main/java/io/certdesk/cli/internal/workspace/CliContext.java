package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.cli.internal.console.ErrorLines;
import io.certdesk.cli.internal.console.Screen;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.WorkspaceException;

/**
 * What the workspace commands need: the job service, the clock, the environment and terminal for the passphrase
 * (and {@code CERTDESK_PORTAL_PROFILE}), and whether a terminal is attached (progress bar or plain lines).
 */
final class CliContext {

    /** Columns of the terminal tests pretend to have. */
    static final int TEST_WIDTH = 100;

    final Clock clock;
    final Map<String, String> environment;
    final SecretReader.Prompt prompt;
    final Screen screen;
    final JobService jobs;

    /** A context whose job service is made from the engine and the clock (tests). */
    CliContext(Pkcs12Engine engine, Clock clock, Map<String, String> environment, SecretReader.Prompt prompt,
            boolean terminal) {
        this(JobServices.create(RosterReaders.create(), engine, clock), clock, environment, prompt, terminal);
    }

    /** {@code terminal}: a terminal {@value #TEST_WIDTH} columns wide (tests), else none. */
    CliContext(JobService jobs, Clock clock, Map<String, String> environment, SecretReader.Prompt prompt,
            boolean terminal) {
        this(jobs, clock, environment, prompt, terminal ? new Screen(true, TEST_WIDTH) : Screen.NONE);
    }

    CliContext(JobService jobs, Clock clock, Map<String, String> environment, SecretReader.Prompt prompt,
            Screen screen) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.environment = Map.copyOf(environment);
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
        this.screen = Objects.requireNonNull(screen, "screen"); //$NON-NLS-1$
    }

    /** The product's context: the job service, system clock, process environment, console. */
    static CliContext system(JobService jobs) {
        return new CliContext(jobs, Clock.systemDefaultZone(), System.getenv(), SecretReader.Prompt.console(),
                Screen.detect());
    }

    Passphrase passphrase(WorkspaceOptions options) {
        return new Passphrase(Optional.ofNullable(options.passphraseFile), environment, prompt);
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
        if (!e.preflightProblems().isEmpty()) {
            err.println(e.getMessage()); // a run stopped before downloading: every problem with its code and fix
            err.flush();
            return 1;
        }
        err.println(ErrorLines.line(e.code(), e.getMessage()));
        err.flush();
        return 1;
    }

    /** Prints a workspace failure as {@code [code] message} with the remedy, and returns exit code 1. */
    static int failure(PrintWriter err, WorkspaceException e) {
        err.println(ErrorLines.line(e.code(), e.getMessage()));
        err.flush();
        return 1;
    }
}

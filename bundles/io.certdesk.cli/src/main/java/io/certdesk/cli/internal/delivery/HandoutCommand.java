package io.certdesk.cli.internal.delivery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.certdesk.cli.internal.jobs.Sessions;
import io.certdesk.jobs.HandoutSummary;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk handout --workspace DIR --out FILE.pdf [--font FILE] [--mark-handed-over]}: a thin adapter over
 * {@link JobService#handout}.
 */
@Command(name = "handout", mixinStandardHelpOptions = true)
public final class HandoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR")
    Path workspace;

    @Option(names = "--passphrase-file", paramLabel = "F", descriptionKey = "certdesk.handout.passphrase-file")
    Path passphraseFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--font", paramLabel = "FILE")
    Path font;

    @Option(names = "--mark-handed-over")
    boolean markHandedOver;

    private final JobService jobs;

    public HandoutCommand(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    @Override
    public Integer call() throws JobException {
        PrintWriter printer = spec.commandLine().getOut();
        try (WorkspaceSession session = Sessions.open(jobs, workspace, passphraseFile)) {
            HandoutSummary summary = jobs.handout(session, out, Optional.ofNullable(font), markHandedOver);
            if (summary.entries() == 0) {
                printer.println(Messages.handoutNothing);
                return 0;
            }
            printer.println(NLS.bind(Messages.handoutWritten, summary.pages(), out));
            if (markHandedOver) {
                printer.println(NLS.bind(Messages.handoutRecorded, summary.recorded()));
            }
            return 0;
        }
    }
}

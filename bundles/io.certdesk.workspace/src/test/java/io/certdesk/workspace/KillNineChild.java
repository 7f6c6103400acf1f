package io.certdesk.workspace;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;

/**
 * The process {@link KillNineTest} starts and kills: opens the workspace (passphrase from CERTDESK_PASSPHRASE) and
 * runs every stage against the parent's loopback portal. Exit 0 when the batch completed.
 */
public final class KillNineChild {

    private KillNineChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        URI portal = URI.create(args[1]);
        char[] passphrase = Passphrase.standard(null).read();
        try (Workspace workspace = Workspaces.open(folder, passphrase, Clock.systemUTC())) {
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal)))
                    .run(PipelineOptions.all().withThreads(4, 2), PipelineListener.NONE, new CancelToken());
            System.out.println("child: " + summary);
            System.exit(summary.complete() ? 0 : 3);
        }
    }
}

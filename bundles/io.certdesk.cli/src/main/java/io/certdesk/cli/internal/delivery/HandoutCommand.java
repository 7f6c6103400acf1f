package io.certdesk.cli.internal.delivery;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.delivery.HandoutWriter;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code certdesk handout --workspace DIR --out FILE.pdf [--font FILE] [--mark-handed-over]}. */
@Command(name = "handout", mixinStandardHelpOptions = true)
public final class HandoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR")
    Path workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--font", paramLabel = "FILE")
    Path font;

    @Option(names = "--mark-handed-over")
    boolean markHandedOver;

    private final DeliveryWorkspaces workspaces;
    private final Clock clock;

    public HandoutCommand(DeliveryWorkspaces workspaces, Clock clock) {
        this.workspaces = Objects.requireNonNull(workspaces, "workspaces"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    @Override
    public Integer call() throws DeliveryException {
        PrintWriter printer = spec.commandLine().getOut();
        try (DeliveryWorkspace opened = workspaces.open(workspace)) {
            List<DeliveryItem> items = opened.source().items().stream()
                    .filter(i -> i.passwordChannel() == DeliveryChannel.HANDOUT).toList();
            if (items.isEmpty()) {
                printer.println(Messages.handoutNothing);
                return 0;
            }
            int pages = new HandoutWriter(font != null ? font : HandoutWriter.findFont(), clock).write(items, out);
            printer.println(NLS.bind(Messages.handoutWritten, pages, out));
            if (markHandedOver) {
                DeliveryEngine engine = new DeliveryEngine(opened.settings(), opened.ledger(), opened.audit());
                for (DeliveryItem item : items) {
                    engine.recordHandover(item, DeliveryChannel.HANDOUT, "handout " + out.getFileName()); //$NON-NLS-1$
                }
                printer.println(NLS.bind(Messages.handoutRecorded, items.size()));
            }
            return 0;
        }
    }
}

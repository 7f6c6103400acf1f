package io.certdesk.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.certdesk.cli.CommandContribution;
import io.certdesk.cli.CommandRunner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link CommandRunner} service: the built-in commands plus every contributed one. */
@Component(service = CommandRunner.class)
public final class CommandRunnerComponent implements CommandRunner {

    private final ProductVersion version;
    private final List<CommandContribution> contributions;

    @Activate
    public CommandRunnerComponent(
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<CommandContribution> contributions) {
        this.version = ProductVersion.ofThisBundle();
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        return new CertDeskCommandLine(version, contributions, Locale.getDefault()).run(args, out, err);
    }
}

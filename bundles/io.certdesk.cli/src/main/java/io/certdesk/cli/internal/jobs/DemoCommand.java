package io.certdesk.cli.internal.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.roster.RosterReader;
import io.certdesk.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code certdesk demo [--users N] [--out DIR]}. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "10", descriptionKey = "batch.users")
    int users;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "batch.demo-out")
    Path out;

    private final RosterReader reader;
    private final Pkcs12Engine engine;

    public DemoCommand(RosterReader reader, Pkcs12Engine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        if (users < 1 || users > 1000) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.demoUsers, Integer.toString(users)));
        }
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH; //$NON-NLS-1$
        try {
            Demo.Outcome outcome = new Demo(reader, engine, locale).run(users,
                    (out != null ? out : Demo.defaultFolder()).toAbsolutePath(), printer);
            return outcome.allDone() ? 0 : 1;
        } catch (WorkspaceException e) {
            return BatchSteps.failure(err, e.code(), e.getMessage());
        } catch (Exception e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }
}

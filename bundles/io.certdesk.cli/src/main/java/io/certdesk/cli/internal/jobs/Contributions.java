package io.certdesk.cli.internal.jobs;

import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.cli.CommandContribution;
import io.certdesk.cli.internal.delivery.DeliveryCommandContribution;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceDeliveries;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The job commands as {@link CommandContribution} services, each a thin adapter over the {@link JobService}:
 * import, report, run, demo, smtp-password, deliver, handout.
 */
public final class Contributions {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.jobs.help"; //$NON-NLS-1$

    private Contributions() {
    }

    static ResourceBundle help(Locale locale) {
        return ResourceBundle.getBundle(HELP_TEXTS, locale, Contributions.class.getClassLoader());
    }

    /** Texts of the job commands, then of {@code base} (delivery's help). */
    static ResourceBundle combined(ResourceBundle own, ResourceBundle base) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                if (own.containsKey(key)) {
                    return own.getObject(key);
                }
                return base.containsKey(key) ? base.getObject(key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                java.util.Set<String> keys = new java.util.TreeSet<>(own.keySet());
                keys.addAll(base.keySet());
                return java.util.Collections.enumeration(keys);
            }
        };
    }

    abstract static class Base implements CommandContribution {
        final JobService jobs;

        Base(JobService jobs) {
            this.jobs = jobs;
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return Optional.of(help(locale));
        }
    }

    /** {@code certdesk import}. */
    @Component(service = CommandContribution.class)
    public static final class ImportContribution extends Base {
        @Activate
        public ImportContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new ImportCommand(jobs);
        }
    }

    /** {@code certdesk report}. */
    @Component(service = CommandContribution.class)
    public static final class ReportContribution extends Base {
        @Activate
        public ReportContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new ReportCommand(jobs);
        }
    }

    /** {@code certdesk smtp-password}. */
    @Component(service = CommandContribution.class)
    public static final class SmtpPasswordContribution extends Base {
        @Activate
        public SmtpPasswordContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new SmtpPasswordCommand(jobs);
        }
    }

    /** {@code certdesk run}. */
    @Component(service = CommandContribution.class)
    public static final class RunContribution extends Base {
        @Activate
        public RunContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new RunCommand(jobs);
        }
    }

    /** {@code certdesk demo}. */
    @Component(service = CommandContribution.class)
    public static final class DemoContribution extends Base {
        private final DemoService demos;

        @Activate
        public DemoContribution(@Reference JobService jobs, @Reference DemoService demos) {
            super(jobs);
            this.demos = demos;
        }

        @Override
        public Object newCommand() {
            return new DemoCommand(jobs, demos);
        }
    }

    /** A {@link DeliveryWorkspaces} whose passphrase file is set by the command's {@code --passphrase-file}. */
    static final class PassphraseAware implements DeliveryWorkspaces, ISetter {
        private Path passphraseFile;

        @Override
        public DeliveryWorkspace open(Path folder) throws DeliveryException {
            return WorkspaceDeliveries.withPassphraseFile(passphraseFile).open(folder);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T set(T value) {
            T old = (T) passphraseFile;
            passphraseFile = (Path) value;
            return old;
        }
    }

    static CommandSpec withPassphraseOption(Object command, PassphraseAware workspaces, String commandName) {
        CommandSpec spec = CommandSpec.forAnnotatedObject(command);
        spec.addOption(OptionSpec.builder("--passphrase-file").paramLabel("F").type(Path.class) //$NON-NLS-1$ //$NON-NLS-2$
                .descriptionKey("certdesk." + commandName + ".passphrase-file").setter(workspaces).build()); //$NON-NLS-1$ //$NON-NLS-2$
        return spec;
    }

    /** {@code certdesk deliver} (delivery's command on the workspace). */
    @Component(service = CommandContribution.class)
    public static final class DeliverContribution implements CommandContribution {
        @Override
        public Object newCommand() {
            PassphraseAware workspaces = new PassphraseAware();
            return withPassphraseOption(new DeliveryCommandContribution(workspaces).newDeliverCommand(), workspaces, "deliver"); //$NON-NLS-1$
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return new DeliveryCommandContribution(folder -> null).helpTexts(locale).map(base -> combined(help(locale), base));
        }
    }

    /** {@code certdesk handout} (delivery's command on the workspace). */
    @Component(service = CommandContribution.class)
    public static final class HandoutContribution implements CommandContribution {
        @Override
        public Object newCommand() {
            PassphraseAware workspaces = new PassphraseAware();
            return withPassphraseOption(new DeliveryCommandContribution(workspaces).newHandoutCommand(), workspaces, "handout"); //$NON-NLS-1$
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return new DeliveryCommandContribution(folder -> null).helpTexts(locale).map(base -> combined(help(locale), base));
        }
    }
}

package io.certdesk.cli.internal.jobs;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.cli.CommandContribution;
import io.certdesk.cli.internal.delivery.DeliveryCommandContribution;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;

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

    /** {@code certdesk deliver} (the delivery area's command on the job service). */
    @Component(service = CommandContribution.class)
    public static final class DeliverContribution extends Base {
        @Activate
        public DeliverContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new DeliveryCommandContribution(jobs).newDeliverCommand();
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return new DeliveryCommandContribution(jobs).helpTexts(locale).map(base -> combined(help(locale), base));
        }
    }

    /** {@code certdesk handout} (the delivery area's command on the job service). */
    @Component(service = CommandContribution.class)
    public static final class HandoutContribution extends Base {
        @Activate
        public HandoutContribution(@Reference JobService jobs) {
            super(jobs);
        }

        @Override
        public Object newCommand() {
            return new DeliveryCommandContribution(jobs).newHandoutCommand();
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return new DeliveryCommandContribution(jobs).helpTexts(locale).map(base -> combined(help(locale), base));
        }
    }
}

package io.certdesk.cli.internal.workspace;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.cli.CommandContribution;
import io.certdesk.jobs.JobService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The workspace commands as {@link CommandContribution} services: {@code workspace init|config}, {@code download},
 * {@code verify}, {@code export}, {@code status}, {@code audit verify|export}; each a thin adapter over the
 * {@link JobService}.
 */
public final class Contributions {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.workspace.help"; //$NON-NLS-1$

    private Contributions() {
    }

    static Optional<ResourceBundle> help(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, Contributions.class.getClassLoader()));
    }

    /** Builds the command objects of one invocation. */
    abstract static class Base implements CommandContribution {
        final CliContext context;

        Base(CliContext context) {
            this.context = context;
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return help(locale);
        }
    }

    /** {@code certdesk workspace init}. */
    @Component(service = CommandContribution.class)
    public static final class WorkspaceContribution extends Base {
        @Activate
        public WorkspaceContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        WorkspaceContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            CommandSpec spec = CommandSpec.forAnnotatedObject(new WorkspaceCommand());
            spec.addSubcommand("init", CommandSpec.forAnnotatedObject(new InitCommand(context))); //$NON-NLS-1$
            spec.addSubcommand("config", CommandSpec.forAnnotatedObject(new ConfigCommand(context))); //$NON-NLS-1$
            return spec;
        }
    }

    /** {@code certdesk download}. */
    @Component(service = CommandContribution.class)
    public static final class DownloadContribution extends Base {
        @Activate
        public DownloadContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        DownloadContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            return new DownloadCommand(context);
        }
    }

    /** {@code certdesk verify}. */
    @Component(service = CommandContribution.class)
    public static final class VerifyContribution extends Base {
        @Activate
        public VerifyContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        VerifyContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            return new VerifyCommand(context);
        }
    }

    /** {@code certdesk export}. */
    @Component(service = CommandContribution.class)
    public static final class ExportContribution extends Base {
        @Activate
        public ExportContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        ExportContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            return new ExportCommand(context);
        }
    }

    /** {@code certdesk status}. */
    @Component(service = CommandContribution.class)
    public static final class StatusContribution extends Base {
        @Activate
        public StatusContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        StatusContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            return new StatusCommand(context);
        }
    }

    /** {@code certdesk audit verify|export}. */
    @Component(service = CommandContribution.class)
    public static final class AuditContribution extends Base {
        @Activate
        public AuditContribution(@Reference JobService jobs) {
            this(CliContext.system(jobs));
        }

        AuditContribution(CliContext context) {
            super(context);
        }

        @Override
        public Object newCommand() {
            CommandSpec spec = CommandSpec.forAnnotatedObject(new AuditCommand());
            spec.addSubcommand("verify", CommandSpec.forAnnotatedObject(new AuditVerifyCommand(context))); //$NON-NLS-1$
            spec.addSubcommand("export", CommandSpec.forAnnotatedObject(new AuditExportCommand(context))); //$NON-NLS-1$
            return spec;
        }
    }
}

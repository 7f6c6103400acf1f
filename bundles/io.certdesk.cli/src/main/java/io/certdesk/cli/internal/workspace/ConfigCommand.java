package io.certdesk.cli.internal.workspace;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.WorkspaceConfiguration;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk workspace config --workspace DIR [options]}: shows the workspace's whole configuration (portal
 * profile, proxy, trust anchors, export, password policy, renewal window, at-risk margin, mail settings) as the job
 * service reads it for every command, after applying the options given. Secrets are never shown: only whether they
 * are stored.
 */
@Command(name = "config", sortOptions = false, usageHelpAutoWidth = true)
final class ConfigCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    ConfigOptions config;

    @Option(names = "--export-profile", paramLabel = "modern|compat", descriptionKey = "ws.profile")
    String exportProfile;

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "ws.iterations")
    Integer iterations;

    @Option(names = "--renewal-days", paramLabel = "DAYS", descriptionKey = "ws.renewal-days")
    Integer renewalDays;

    @Option(names = "--margin-hours", paramLabel = "H", descriptionKey = "ws.margin-hours")
    Integer marginHours;

    ConfigCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkspaceSession session = context.session(workspace)) {
            WorkspaceSettings current = context.jobs.configuration(session).settings();
            WorkspaceSettings wanted = changed(current);
            if (!wanted.equals(current)) {
                context.jobs.configure(session, wanted);
            }
            config.applyStored(context.jobs, session);
            print(out, context.jobs.configuration(session));
            out.flush();
            return 0;
        } catch (JobException e) {
            return CliContext.failure(spec.commandLine().getErr(), e);
        }
    }

    private WorkspaceSettings changed(WorkspaceSettings current) {
        try {
            WorkspaceSettings result = config.apply(current);
            if (exportProfile != null || iterations != null) {
                ExportProfile profile = exportProfile == null ? result.exportProfile()
                        : ExportProfile.fromId(exportProfile).orElseThrow(
                                () -> new IllegalArgumentException(NLS.bind(Messages.unknownProfile, exportProfile)));
                result = result.withExport(profile, iterations == null ? result.exportIterations() : iterations.intValue());
            }
            if (renewalDays != null) {
                result = result.withRenewalWindowDays(renewalDays.intValue());
            }
            if (marginHours != null) {
                result = result.withWindowMargin(Duration.ofHours(marginHours.intValue()));
            }
            return result;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static void print(PrintWriter out, WorkspaceConfiguration c) {
        WorkspaceSettings s = c.settings();
        out.println(NLS.bind(Messages.configPortal, ConfigOptions.profileName(s), c.portal().baseUrl()));
        out.println(NLS.bind(Messages.configProxy, s.proxy().mode() == io.certdesk.core.net.ProxySettings.Mode.MANUAL
                ? s.proxy().host().orElse("") + ':' + s.proxy().port() //$NON-NLS-1$
                : s.proxy().mode().name().toLowerCase(java.util.Locale.ROOT),
                s.proxy().user().map(user -> NLS.bind(Messages.configProxyUser, user,
                        c.proxyPasswordStored() ? Messages.configStored : Messages.configNotStored)).orElse(""))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.configTrust, new Object[] { Integer.toString(s.trust().trustedCertificates().size()),
                s.trust().pinnedRoot().map(Object::toString).orElse("-"), //$NON-NLS-1$
                s.trust().expectedRoot().orElse("-"), s.trust().expectedIssuer().orElse("-"), //$NON-NLS-1$ //$NON-NLS-2$
                s.trust().fetchIssuers() && !s.trust().fetchHosts().isEmpty()
                        ? String.join(", ", s.trust().fetchHosts()) : Messages.configOff })); //$NON-NLS-1$
        out.println(NLS.bind(Messages.configExport, s.exportProfile().id(), Integer.toString(s.exportIterations())));
        out.println(NLS.bind(Messages.configPasswords, Integer.toString(s.passwordPolicy().length()),
                s.passwordPolicy().classes().stream().sorted().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                        .reduce((a, b) -> a + ',' + b).orElse(""))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.configWindow, Integer.toString(s.renewalWindowDays()),
                Long.toString(s.windowMargin().toHours())));
        Optional<MailConfiguration> mail = c.mail();
        if (mail.isEmpty()) {
            out.println(Messages.configNoMail);
        } else {
            MailConfiguration m = mail.get();
            out.println(NLS.bind(Messages.configMail, new Object[] { m.settings().smtp().host(),
                    Integer.toString(m.settings().smtp().port()), m.settings().smtp().security().name(),
                    m.settings().from(), m.fileChannel().name().toLowerCase(java.util.Locale.ROOT),
                    m.passwordChannel().name().toLowerCase(java.util.Locale.ROOT),
                    c.smtpPasswordStored() ? Messages.configStored : Messages.configNotStored }));
        }
    }
}

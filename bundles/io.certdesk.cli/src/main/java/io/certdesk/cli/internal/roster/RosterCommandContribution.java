package io.certdesk.cli.internal.roster;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.cli.CommandContribution;
import io.certdesk.jobs.JobService;

/** Contributes {@code certdesk roster} to the command line. */
@Component(service = CommandContribution.class)
public final class RosterCommandContribution implements CommandContribution {

    private static final String HELP = "io.certdesk.cli.internal.roster.help"; //$NON-NLS-1$

    private final JobService jobs;

    @Activate
    public RosterCommandContribution(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public Object newCommand() {
        return new RosterCommand(jobs);
    }

    @Override
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP, locale, RosterCommandContribution.class.getClassLoader()));
    }
}

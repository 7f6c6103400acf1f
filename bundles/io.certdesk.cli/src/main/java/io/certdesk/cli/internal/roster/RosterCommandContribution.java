package io.certdesk.cli.internal.roster;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.certdesk.cli.CommandContribution;
import io.certdesk.roster.RosterReader;

/** Contributes {@code certdesk roster} to the command line. */
@Component(service = CommandContribution.class)
public final class RosterCommandContribution implements CommandContribution {

    private static final String HELP = "io.certdesk.cli.internal.roster.help"; //$NON-NLS-1$

    private final RosterReader reader;

    @Activate
    public RosterCommandContribution(@Reference RosterReader reader) {
        this.reader = reader;
    }

    @Override
    public Object newCommand() {
        return new RosterCommand(reader);
    }

    @Override
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP, locale, RosterCommandContribution.class.getClassLoader()));
    }
}

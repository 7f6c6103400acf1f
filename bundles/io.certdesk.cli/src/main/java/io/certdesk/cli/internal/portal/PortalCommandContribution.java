package io.certdesk.cli.internal.portal;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code certdesk portal provision|serve}. */
@Component(service = CommandContribution.class)
public final class PortalCommandContribution implements CommandContribution {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.portal.help"; //$NON-NLS-1$

    @Override
    public Object newCommand() {
        return new PortalCommand();
    }

    @Override
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, getClass().getClassLoader()));
    }
}

package io.certdesk.cli.internal.fetch;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** The {@code fetch} and {@code errors} commands, one DS component each. */
public final class ClientCommandContributions {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.fetch.help"; //$NON-NLS-1$

    private ClientCommandContributions() {
    }

    static Optional<ResourceBundle> texts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, ClientCommandContributions.class.getClassLoader()));
    }

    /** {@code certdesk fetch}. */
    @Component(service = CommandContribution.class)
    public static final class Fetch implements CommandContribution {
        @Override
        public Object newCommand() {
            return new FetchCommand();
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return texts(locale);
        }
    }

    /** {@code certdesk errors}. */
    @Component(service = CommandContribution.class)
    public static final class Errors implements CommandContribution {
        @Override
        public Object newCommand() {
            return new ErrorsCommand();
        }

        @Override
        public Optional<ResourceBundle> helpTexts(Locale locale) {
            return texts(locale);
        }
    }
}

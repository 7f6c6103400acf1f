package io.certdesk.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A headless {@code certdesk <command>} contributed by a bundle, registered as an OSGi service.
 * <p>
 * The command object is a picocli command: an instance of a class annotated with
 * {@code @picocli.CommandLine.Command}, implementing {@link java.util.concurrent.Callable Callable&lt;Integer&gt;}
 * or {@link Runnable}. Its exit code follows the product rule: 0 success, 1 failure, 2 usage error.
 */
public interface CommandContribution {

    /** A new command object for one invocation of the command line. */
    Object newCommand();

    /**
     * Help texts of the command in the given locale (picocli resource bundle keys), loaded with the
     * contributing bundle's own class loader. Keys are picocli's, prefixed with the qualified command name,
     * e.g. {@code certdesk.fetch.usage.description}. Empty when the command carries its texts in annotations.
     */
    default Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.empty();
    }
}

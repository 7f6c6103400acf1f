package io.certdesk.cli.internal.p12;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.cli.CommandContribution;
import io.certdesk.crypto.Pkcs12Engine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Model.CommandSpec;

/** Contributes {@code certdesk p12 inspect|convert}, on the {@link Pkcs12Engine} service. */
@Component(service = CommandContribution.class)
public final class P12CommandContribution implements CommandContribution {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.p12.p12help"; //$NON-NLS-1$

    private final Pkcs12Engine engine;
    private final Clock clock;
    private final SecretReader.Prompt prompt;

    @Activate
    public P12CommandContribution(@Reference Pkcs12Engine engine) {
        this(engine, Clock.systemUTC(), SecretReader.Prompt.console());
    }

    P12CommandContribution(Pkcs12Engine engine, Clock clock, SecretReader.Prompt prompt) {
        this.engine = Objects.requireNonNull(engine, "engine"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.prompt = Objects.requireNonNull(prompt, "prompt"); //$NON-NLS-1$
    }

    @Override
    public Object newCommand() {
        CommandSpec p12 = CommandSpec.forAnnotatedObject(new P12Command());
        p12.addSubcommand("inspect", CommandSpec.forAnnotatedObject(new InspectCommand(engine, clock, prompt))); //$NON-NLS-1$
        p12.addSubcommand("convert", CommandSpec.forAnnotatedObject(new ConvertCommand(engine, clock, prompt))); //$NON-NLS-1$
        return p12;
    }

    @Override
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, P12CommandContribution.class.getClassLoader()));
    }
}

package io.certdesk.cli.internal.delivery;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.delivery.DeliveryControl;
import io.certdesk.delivery.DeliveryWorkspaces;

/**
 * Builds the {@code certdesk deliver} and {@code certdesk handout} command objects on a {@link DeliveryWorkspaces}
 * and their help texts. The DS contributions are {@code Contributions.DeliverContribution} and
 * {@code HandoutContribution} in {@code io.certdesk.cli.internal.jobs}, which add {@code --passphrase-file}.
 */
public final class DeliveryCommandContribution {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.delivery.help"; //$NON-NLS-1$

    private final DeliveryWorkspaces workspaces;

    public DeliveryCommandContribution(DeliveryWorkspaces workspaces) {
        this.workspaces = Objects.requireNonNull(workspaces, "workspaces"); //$NON-NLS-1$
    }

    /** A new {@code deliver} command object. */
    public Object newDeliverCommand() {
        return new DeliverCommand(workspaces, new DeliveryControl());
    }

    /** A new {@code handout} command object. */
    public Object newHandoutCommand() {
        return new HandoutCommand(workspaces, Clock.systemDefaultZone());
    }

    /** The picocli help texts (keys {@code certdesk.deliver.*}, {@code certdesk.handout.*}). */
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, DeliveryCommandContribution.class.getClassLoader()));
    }
}

package io.certdesk.cli.internal.delivery;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import io.certdesk.jobs.JobService;

/**
 * Builds the {@code certdesk deliver} and {@code certdesk handout} command objects on the {@link JobService} and
 * their help texts. The DS contributions are {@code Contributions.DeliverContribution} and
 * {@code HandoutContribution} in {@code io.certdesk.cli.internal.jobs}, which add the texts of
 * {@code --passphrase-file}.
 */
public final class DeliveryCommandContribution {

    static final String HELP_TEXTS = "io.certdesk.cli.internal.delivery.help"; //$NON-NLS-1$

    private final JobService jobs;

    public DeliveryCommandContribution(JobService jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
    }

    /** A new {@code deliver} command object. */
    public Object newDeliverCommand() {
        return new DeliverCommand(jobs);
    }

    /** A new {@code handout} command object. */
    public Object newHandoutCommand() {
        return new HandoutCommand(jobs);
    }

    /** The picocli help texts (keys {@code certdesk.deliver.*}, {@code certdesk.handout.*}). */
    public Optional<ResourceBundle> helpTexts(Locale locale) {
        return Optional.of(ResourceBundle.getBundle(HELP_TEXTS, locale, DeliveryCommandContribution.class.getClassLoader()));
    }
}

package io.certdesk.jobs;

import java.nio.file.Path;
import java.util.Objects;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.jobs.internal.MailSettingsFile;

/**
 * A workspace's mail settings as the job service reads and writes them ({@value JobService#MAIL_SETTINGS_FILE} in the
 * workspace folder, human-editable): the SMTP server, sender, rate, charset and templates, and the default channel of
 * each part. The SMTP password is never part of it (it is the encrypted workspace secret
 * {@value JobService#SMTP_PASSWORD_SECRET}): {@code settings().smtp()} carries none.
 *
 * @param settings        the delivery settings, without the SMTP password
 * @param fileChannel     how the PKCS#12 file goes when the roster does not say (mail or manual)
 * @param passwordChannel how the password goes when the roster does not say (mail, handout or manual)
 */
public record MailConfiguration(DeliverySettings settings, DeliveryChannel fileChannel, DeliveryChannel passwordChannel) {

    /**
     * Reads a mail settings file in the format of {@value JobService#MAIL_SETTINGS_FILE} (for example one an
     * administrator prepared), so that it can be given to {@link JobService#configureMail}. A relative template folder
     * is resolved against the file's folder.
     */
    public static MailConfiguration load(Path file) throws JobException {
        try {
            return MailSettingsFile.loadFile(Objects.requireNonNull(file, "file")).configuration(); //$NON-NLS-1$
        } catch (DeliveryException e) {
            throw new JobException(e.code(), e.getMessage(), e);
        }
    }

    public MailConfiguration {
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        Objects.requireNonNull(fileChannel, "fileChannel"); //$NON-NLS-1$
        Objects.requireNonNull(passwordChannel, "passwordChannel"); //$NON-NLS-1$
        if (fileChannel == DeliveryChannel.HANDOUT) {
            throw new IllegalArgumentException("The file goes by mail or by hand, not on the password handout"); //$NON-NLS-1$
        }
    }
}

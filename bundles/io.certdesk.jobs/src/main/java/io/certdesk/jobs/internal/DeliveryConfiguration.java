package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliverySettings;

/**
 * How a workspace delivers, as the run's preflight reads it: whether mail settings exist, the default channels, a
 * roster row's own channel, and the settings without the SMTP password. The one seam between the preflight and where
 * the settings are kept (today {@link MailSettingsFile}).
 */
interface DeliveryConfiguration {

    /** Whether the workspace has delivery settings at all. */
    boolean present();

    DeliveryChannel fileChannel() throws DeliveryException;

    DeliveryChannel passwordChannel() throws DeliveryException;


    /** The settings without the SMTP password (nothing is sent with them). */
    DeliverySettings settings() throws DeliveryException;

    /** Where a workspace's configuration comes from (replaceable in tests and when the settings move). */
    @FunctionalInterface
    interface Source {
        DeliveryConfiguration open(io.certdesk.workspace.Workspace workspace) throws DeliveryException;
    }

    /** The workspace's {@link MailSettingsFile}. */
    static DeliveryConfiguration of(Path workspace) throws DeliveryException {
        MailSettingsFile file = MailSettingsFile.load(workspace);
        boolean present = MailSettingsFile.exists(workspace);
        return new DeliveryConfiguration() {
            @Override
            public boolean present() {
                return present;
            }

            @Override
            public DeliveryChannel fileChannel() throws DeliveryException {
                return file.fileChannel();
            }

            @Override
            public DeliveryChannel passwordChannel() throws DeliveryException {
                return file.passwordChannel();
            }

            @Override
            public DeliverySettings settings() throws DeliveryException {
                return file.settings(Optional.empty());
            }
        };
    }
}

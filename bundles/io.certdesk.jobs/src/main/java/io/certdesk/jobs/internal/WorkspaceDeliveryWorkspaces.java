package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.delivery.DeliveryWorkspaces;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.Workspaces;

/**
 * Opens a workspace folder for delivery. The passphrase comes from the passphrase file when one is set (the
 * {@code --passphrase-file} of {@code deliver}/{@code handout}), else {@code CERTDESK_PASSPHRASE}, else the terminal.
 */
@Component(service = DeliveryWorkspaces.class)
public final class WorkspaceDeliveryWorkspaces implements DeliveryWorkspaces {

    private final Path passphraseFile;

    public WorkspaceDeliveryWorkspaces() {
        this(null);
    }

    /** With a passphrase file ({@code null}: environment or terminal). */
    public WorkspaceDeliveryWorkspaces(Path passphraseFile) {
        this.passphraseFile = passphraseFile;
    }

    @Override
    public DeliveryWorkspace open(Path folder) throws DeliveryException {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        Workspace workspace;
        char[] passphrase = null;
        try {
            passphrase = Passphrase.standard(passphraseFile).read();
            workspace = Workspaces.open(folder, passphrase, Clock.systemDefaultZone());
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), folder.toString(), e.getMessage(), e);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        try {
            return WorkspaceDelivery.on(workspace, true);
        } catch (DeliveryException | RuntimeException e) {
            try {
                workspace.close();
            } catch (WorkspaceException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}

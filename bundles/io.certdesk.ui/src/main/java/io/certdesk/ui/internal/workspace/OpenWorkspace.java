package io.certdesk.ui.internal.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.ui.internal.Messages;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Opens a workspace in the window: the passphrase from a file or from the passphrase dialog, then the model's job. */
public final class OpenWorkspace {

    private OpenWorkspace() {
    }

    /** Asks for what is missing and starts opening; empty when the user cancelled or the file could not be read. */
    public static Optional<Job> open(Shell shell, WorkspaceModel model, Path folder, Optional<Path> passphraseFile) {
        char[] passphrase = null;
        try {
            if (passphraseFile.isPresent()) {
                try {
                    passphrase = read(passphraseFile.get());
                } catch (IOException e) {
                    MessageDialog.openError(shell, Messages.openTitle,
                            NLS.bind(Messages.passphraseFileProblem, passphraseFile.get(), e.getMessage()));
                    return Optional.empty();
                }
            } else {
                PassphraseDialog dialog = new PassphraseDialog(shell, folder);
                if (dialog.open() != Window.OK) {
                    return Optional.empty();
                }
                passphrase = dialog.takePassphrase();
            }
            return Optional.of(model.open(folder, passphrase));
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The file's first line (UTF-8), read by core's secret reader (the same rules as the commands). */
    static char[] read(Path file) throws IOException {
        try (Secret secret = SecretReader.firstLine(file)) {
            return secret.copy();
        }
    }
}

package io.certdesk.ui.internal.create;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; New workspace...: folder, passphrase (twice, with a strength hint), export profile (which systems read
 * it), trust anchors. Finish hands folder, passphrase and settings to the {@link Creator} (the workspace model, which
 * calls {@code JobService.create} in a job) and wipes the passphrase.
 */
public final class NewWorkspaceWizard extends Wizard {

    /** Creates the workspace (in a job); the array is wiped after the call. */
    @FunctionalInterface
    public interface Creator {
        void create(Path folder, char[] passphrase, WorkspaceSettings settings);
    }

    /** The pages' width in average characters (from font metrics, not pixels). */
    private static final int WIDTH_CHARS = 100;

    private final Creator creator;
    private final FolderPage folder = new FolderPage();
    private final PassphrasePage passphrase = new PassphrasePage();
    private final ProfilePage profile = new ProfilePage();
    private final TrustPage trust = new TrustPage();

    public NewWorkspaceWizard(Creator creator) {
        this.creator = Objects.requireNonNull(creator, "creator"); //$NON-NLS-1$
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(false);
    }

    /** The wizard in its dialog (not yet open). */
    public static WizardDialog dialog(Shell shell, Creator creator) {
        WizardDialog dialog = new WizardDialog(shell, new NewWorkspaceWizard(creator));
        dialog.setHelpAvailable(false);
        org.eclipse.jface.layout.PixelConverter pixels = new org.eclipse.jface.layout.PixelConverter(shell);
        dialog.setPageSize(pixels.convertWidthInCharsToPixels(WIDTH_CHARS), pixels.convertHeightInCharsToPixels(20));
        return dialog;
    }

    @Override
    public void addPages() {
        addPage(folder);
        addPage(passphrase);
        addPage(profile);
        addPage(trust);
    }

    @Override
    public boolean performFinish() {
        Path chosen = folder.folder().orElse(null);
        if (chosen == null) {
            return false;
        }
        WorkspaceSettings settings = trust.apply(WorkspaceSettings.defaults()
                .withExport(profile.profile(), WorkspaceSettings.defaults().exportIterations()));
        char[] secret = passphrase.takePassphrase();
        try {
            creator.create(chosen, secret, settings);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return true;
    }

    /** The pages, for tests that drive them. */
    public FolderPage folderPage() {
        return folder;
    }

    public PassphrasePage passphrasePage() {
        return passphrase;
    }

    public ProfilePage profilePage() {
        return profile;
    }

    public TrustPage trustPage() {
        return trust;
    }
}

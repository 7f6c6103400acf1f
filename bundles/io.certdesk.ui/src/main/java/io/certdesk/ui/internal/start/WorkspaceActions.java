package io.certdesk.ui.internal.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import io.certdesk.jobs.DemoService;
import io.certdesk.ui.internal.create.NewWorkspaceWizard;
import io.certdesk.ui.internal.roster.ImportResultDialog;
import io.certdesk.ui.internal.roster.ImportRosterWizard;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What the start page, the File menu and their keys do with workspaces: new (the wizard), open (a folder and its
 * passphrase), open a recent one, try the demo. Lives in the application's e4 context beside the
 * {@link WorkspaceModel}; remembers every workspace that opens in the {@link RecentWorkspaces}.
 */
public final class WorkspaceActions {

    /** Users in the demo started from the window. */
    public static final int DEMO_USERS = 10;

    private final WorkspaceModel model;
    private final RecentWorkspaces recent;
    private final Optional<DemoService> demos;
    private final Supplier<Path> demoFolders;
    private Path remembered;

    /**
     * @param demoFolders a new, missing folder for each demo started from the window
     */
    public WorkspaceActions(WorkspaceModel model, RecentWorkspaces recent, Optional<DemoService> demos,
            Supplier<Path> demoFolders) {
        this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
        this.recent = Objects.requireNonNull(recent, "recent"); //$NON-NLS-1$
        this.demos = Objects.requireNonNull(demos, "demos"); //$NON-NLS-1$
        this.demoFolders = Objects.requireNonNull(demoFolders, "demoFolders"); //$NON-NLS-1$
        model.addListener(() -> {
            Path open = model.session().map(session -> session.folder()).orElse(null);
            if (open != null && model.demo().isEmpty() && !open.equals(remembered)) {
                recent.add(open);
            }
            remembered = open;
        });
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    public WorkspaceModel model() {
        return model;
    }

    /** The New workspace wizard in its dialog, not yet open (the caller opens it). */
    public WizardDialog newWorkspaceDialog(Shell shell) {
        return NewWorkspaceWizard.dialog(shell, model::create);
    }

    /** File &gt; New workspace...: the wizard; Finish creates the workspace in a job. */
    public void newWorkspace(Shell shell) {
        newWorkspaceDialog(shell).open();
    }

    /** File &gt; Open workspace...: a folder, then its passphrase. */
    public void openWorkspace(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(io.certdesk.ui.internal.Messages.openTitle);
        dialog.setMessage(io.certdesk.ui.internal.Messages.openDirectoryMessage);
        model.session().ifPresent(open -> dialog.setFilterPath(open.folder().toString()));
        String folder = dialog.open();
        if (folder != null) {
            OpenWorkspace.open(shell, model, Path.of(folder), Optional.empty());
        }
    }

    /** A recent workspace: its passphrase, then it opens; a folder that is gone is taken off the list. */
    public void openRecent(Shell shell, Path folder) {
        if (!Files.isDirectory(folder)) {
            recent.remove(folder);
            MessageDialog.openError(shell, io.certdesk.ui.internal.Messages.openTitle,
                    NLS.bind(Messages.recentGone, folder));
            return;
        }
        OpenWorkspace.open(shell, model, folder, Optional.empty());
    }

    /** The Import roster wizard in its dialog, not yet open; Finish imports in a job and then shows what it did. */
    public WizardDialog importRosterDialog(Shell shell, Optional<Path> roster) {
        return ImportRosterWizard.dialog(shell, model.jobs(), (file, options) -> model.importRoster(file, options,
                summary -> {
                    if (!shell.isDisposed()) {
                        new ImportResultDialog(shell, summary).open();
                    }
                }), roster);
    }

    /** File &gt; Import Roster... (Ctrl+I, or a file dropped onto the window): the wizard, when a workspace is open. */
    public void importRoster(Shell shell, Optional<Path> roster) {
        if (model.session().isEmpty()) {
            MessageDialog.openInformation(shell, io.certdesk.ui.internal.roster.Messages.wizardTitle,
                    io.certdesk.ui.internal.roster.Messages.noWorkspace);
            return;
        }
        importRosterDialog(shell, roster).open();
    }

    /** Whether the demo can be started (the demo service is there). */
    public boolean demoAvailable() {
        return demos.isPresent();
    }

    /** Try the demo: the reference portal and mail sink on loopback, a demo workspace with its roster imported. */
    public void tryDemo(Path folder) {
        demos.ifPresent(service -> model.startDemo(service, DEMO_USERS, folder, demoLocale()));
    }

    /** The demo in a new folder (in the window: {@code certdesk-demo-TIME} in the home folder). */
    public void tryDemo() {
        tryDemo(demoFolders.get());
    }

    public static Path defaultDemoFolder() {
        String name = "certdesk-demo-" //$NON-NLS-1$
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
        return Path.of(System.getProperty("user.home"), name); //$NON-NLS-1$
    }

    /** The demo's roster and mails in the window's language. */
    public static Locale demoLocale() {
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH; //$NON-NLS-1$
    }
}

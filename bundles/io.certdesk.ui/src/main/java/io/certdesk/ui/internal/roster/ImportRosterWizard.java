package io.certdesk.ui.internal.roster;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RosterPreview;
import io.certdesk.roster.ImportOptions;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Import roster: the file (sheet, encoding, header row), the mapping with a preview of the first rows, the findings;
 * Finish hands file and options to the {@link Importer} (the workspace model's import job). Reading runs in the
 * wizard's progress area through {@link JobService#preview}, the same reader and findings as
 * {@code certdesk roster check}.
 */
public final class ImportRosterWizard extends Wizard {

    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 20;

    /** Imports in a job; the wizard is closed by then. */
    @FunctionalInterface
    public interface Importer {
        void importRoster(Path roster, ImportOptions options);
    }

    /** The pages' width in average characters (from font metrics, not pixels). */
    private static final int WIDTH_CHARS = 110;

    private final JobService jobs;
    private final Importer importer;
    private final RosterChoice choice = new RosterChoice();
    private final FilePage file;
    private final MappingPage mapping;
    private final FindingsPage findings;
    private RosterPreview preview;
    private String previewKey;

    public ImportRosterWizard(JobService jobs, Importer importer, Optional<Path> roster) {
        this.jobs = Objects.requireNonNull(jobs, "jobs"); //$NON-NLS-1$
        this.importer = Objects.requireNonNull(importer, "importer"); //$NON-NLS-1$
        roster.ifPresent(choice::file);
        file = new FilePage(choice);
        mapping = new MappingPage(this);
        findings = new FindingsPage(this);
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(true);
    }

    /** The wizard in its dialog, not yet open; a dropped or given file is filled in. */
    public static WizardDialog dialog(Shell shell, JobService jobs, Importer importer, Optional<Path> roster) {
        WizardDialog dialog = new WizardDialog(shell, new ImportRosterWizard(jobs, importer, roster));
        dialog.setHelpAvailable(false);
        org.eclipse.jface.layout.PixelConverter pixels = new org.eclipse.jface.layout.PixelConverter(shell);
        dialog.setPageSize(pixels.convertWidthInCharsToPixels(WIDTH_CHARS), pixels.convertHeightInCharsToPixels(30));
        return dialog;
    }

    @Override
    public void addPages() {
        addPage(file);
        addPage(mapping);
        addPage(findings);
    }

    RosterChoice choice() {
        return choice;
    }

    /** The last preview read; null when the file could not be read. */
    public RosterPreview preview() {
        return preview;
    }

    /** Reads the file again (with progress) when a choice changed since the last read. */
    void refreshPreview() {
        String key = choice.key();
        if (key.equals(previewKey) || choice.file().isEmpty()) {
            return;
        }
        Path roster = choice.file().get();
        ImportOptions options = choice.options();
        RosterPreview[] read = new RosterPreview[1];
        String problem = null;
        try {
            getContainer().run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(NLS.bind(Messages.reading, roster.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    read[0] = jobs.preview(roster, options, PREVIEW_ROWS);
                } catch (JobException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            problem = cause instanceof JobException failure
                    ? NLS.bind(Messages.readFailed, Integer.toString(failure.code().code()), failure.getMessage())
                    : String.valueOf(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = Messages.readCancelled;
        }
        preview = read[0];
        previewKey = preview == null ? null : key;
        IWizardPage current = getContainer().getCurrentPage();
        if (problem != null && current instanceof WizardPage page) {
            page.setMessage(problem, IMessageProvider.ERROR);
            page.setPageComplete(false);
        }
    }

    @Override
    public boolean canFinish() {
        return preview != null && preview.accepted() + preview.warned() > 0
                && getContainer().getCurrentPage() != file;
    }

    @Override
    public boolean performFinish() {
        Optional<Path> roster = choice.file();
        if (roster.isEmpty()) {
            return false;
        }
        importer.importRoster(roster.get(), choice.options());
        return true;
    }

    public FilePage filePage() {
        return file;
    }

    public MappingPage mappingPage() {
        return mapping;
    }

    public FindingsPage findingsPage() {
        return findings;
    }
}

package io.certdesk.ui.internal.create;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** New workspace, page 1: the folder (missing or empty). */
public final class FolderPage extends WizardPage {

    private Text folder;

    FolderPage() {
        super("folder"); //$NON-NLS-1$
        setTitle(Messages.folderTitle);
        setDescription(Messages.folderDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.folderLabel);
        folder = new Text(area, SWT.BORDER | SWT.SINGLE);
        Accessible.name(folder, Messages.folderAccessible);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(50), SWT.DEFAULT)
                .applyTo(folder);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage(Messages.folderDescription);
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        Label help = new Label(area, SWT.WRAP);
        help.setText(Messages.folderHelp);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
                .applyTo(help);
        folder.addListener(SWT.Modify, event -> check());
        setControl(area);
    }

    private void check() {
        String problem = problem(folder.getText());
        setErrorMessage(folder.getText().isBlank() ? null : problem);
        setPageComplete(problem == null);
    }

    /** Why the text cannot be a new workspace's folder; null when it can. */
    static String problem(String text) {
        if (text.isBlank()) {
            return Messages.folderMissing;
        }
        Path path;
        try {
            path = Path.of(text.strip());
        } catch (InvalidPathException e) {
            return NLS.bind(Messages.folderInvalid, text);
        }
        if (!path.isAbsolute()) {
            return NLS.bind(Messages.folderNotAbsolute, text);
        }
        if (Files.exists(path)) {
            if (!Files.isDirectory(path)) {
                return NLS.bind(Messages.folderIsFile, path);
            }
            try (Stream<Path> children = Files.list(path)) {
                if (children.findAny().isPresent()) {
                    return NLS.bind(Messages.folderNotEmpty, path);
                }
            } catch (IOException e) {
                return NLS.bind(Messages.folderUnreadable, path, e.getMessage());
            }
        }
        return null;
    }

    /** The folder typed, when it is usable. */
    public Optional<Path> folder() {
        return problem(folder.getText()) == null ? Optional.of(Path.of(folder.getText().strip())) : Optional.empty();
    }

    public Text text() {
        return folder;
    }
}

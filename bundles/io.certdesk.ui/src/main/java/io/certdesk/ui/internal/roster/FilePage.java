package io.certdesk.ui.internal.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Import roster, page 1: the file (xlsx, xls, csv), and optionally its sheet, CSV encoding and header row. */
public final class FilePage extends WizardPage {

    private static final Charset[] CHARSETS = { null, StandardCharsets.UTF_8, Charset.forName("windows-31j") }; //$NON-NLS-1$

    private final RosterChoice choice;
    private Text file;
    private Text sheet;
    private Combo encoding;
    private Spinner headerRow;

    FilePage(RosterChoice choice) {
        super("file"); //$NON-NLS-1$
        this.choice = choice;
        setTitle(Messages.fileTitle);
        setDescription(Messages.fileDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        label(area, Messages.fileLabel);
        file = new Text(area, SWT.BORDER | SWT.SINGLE);
        Accessible.name(file, Messages.fileAccessible);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(50), SWT.DEFAULT)
                .applyTo(file);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.browse);
        Accessible.name(browse, Messages.fileBrowse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        label(area, Messages.sheetLabel);
        sheet = new Text(area, SWT.BORDER | SWT.SINGLE);
        sheet.setMessage(Messages.detect);
        Accessible.name(sheet, Messages.sheetAccessible);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(sheet);
        label(area, Messages.encodingLabel);
        encoding = new Combo(area, SWT.READ_ONLY);
        encoding.setItems(Messages.encodingDetect, Messages.encodingUtf8, Messages.encodingShiftJis);
        encoding.select(0);
        Accessible.name(encoding, Messages.encodingAccessible);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);
        label(area, Messages.headerRowLabel);
        headerRow = new Spinner(area, SWT.BORDER);
        headerRow.setValues(0, 0, 30, 0, 1, 5);
        Accessible.name(headerRow, Messages.headerRowAccessible);
        Label headerHelp = new Label(area, SWT.WRAP);
        headerHelp.setText(Messages.headerRowHelp);
        Label help = new Label(area, SWT.WRAP);
        help.setText(Messages.fileHelp);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
                .indent(0, convertVerticalDLUsToPixels(6)).applyTo(help);
        file.addListener(SWT.Modify, e -> check());
        sheet.addListener(SWT.Modify, e -> check());
        encoding.addListener(SWT.Selection, e -> check());
        headerRow.addListener(SWT.Modify, e -> check());
        choice.file().ifPresent(chosen -> file.setText(chosen.toString()));
        setControl(area);
        check();
    }

    private static void label(Composite area, String text) {
        Label label = new Label(area, SWT.NONE);
        label.setText(text);
    }

    private void check() {
        String text = file.getText().strip();
        String problem = null;
        Path path = null;
        if (!text.isEmpty()) {
            try {
                path = Path.of(text);
                if (!Files.isRegularFile(path)) {
                    problem = NLS.bind(Messages.fileMissing, text);
                } else if (!Files.isReadable(path)) {
                    problem = NLS.bind(Messages.fileUnreadable, text);
                }
            } catch (InvalidPathException e) {
                problem = NLS.bind(Messages.fileMissing, text);
            }
        }
        boolean complete = path != null && problem == null;
        if (complete) {
            choice.file(path);
            choice.sheet(sheet.getText());
            choice.charset(CHARSETS[Math.max(0, encoding.getSelectionIndex())]);
            choice.headerRow(headerRow.getSelection());
        }
        setErrorMessage(problem);
        setPageComplete(complete);
    }

    public Text fileText() {
        return file;
    }

    public Combo encodingCombo() {
        return encoding;
    }
}

package io.certdesk.ui.internal.roster;

import java.util.List;

import io.certdesk.jobs.ImportSummary;
import io.certdesk.roster.Finding;
import io.certdesk.roster.Severity;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** What an import did: entries added, already present, and every skipped row with the reason. */
public final class ImportResultDialog extends Dialog {

    private final ImportSummary summary;
    private Text skipped;

    public ImportResultDialog(Shell parent, ImportSummary summary) {
        super(parent);
        this.summary = summary;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.resultTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label counts = new Label(area, SWT.WRAP);
        counts.setText(NLS.bind(Messages.resultCounts, new Object[] { Integer.toString(summary.added()),
                Integer.toString(summary.alreadyPresent()), Integer.toString(summary.rejectedRows().size()) }));
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(80), SWT.DEFAULT)
                .applyTo(counts);
        Label line = new Label(area, SWT.WRAP);
        line.setText(summary.summary());
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(80), SWT.DEFAULT)
                .applyTo(line);
        if (!summary.rejectedRows().isEmpty()) {
            Label title = new Label(area, SWT.NONE);
            title.setText(Messages.resultSkipped);
            skipped = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
            skipped.setText(text(summary));
            io.certdesk.ui.internal.Accessible.name(skipped, Messages.resultSkipped);
            GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(80),
                    convertHeightInCharsToPixels(Math.min(12, summary.rejectedRows().size() * 2 + 1))).applyTo(skipped);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    /** One line per skipped row: the row and each error that kept it out. */
    static String text(ImportSummary summary) {
        StringBuilder text = new StringBuilder();
        for (Integer row : summary.rejectedRows()) {
            List<Finding> errors = summary.findings().stream()
                    .filter(f -> f.row() == row.intValue() && f.severity() == Severity.ERROR).toList();
            for (Finding error : errors) {
                text.append(error.location()).append(": ").append(error.message()).append('\n'); //$NON-NLS-1$
            }
            if (errors.isEmpty()) {
                text.append(NLS.bind(Messages.resultRow, row)).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** The skipped rows' text (tests); empty when nothing was skipped. */
    public String skippedText() {
        return skipped == null ? "" : skipped.getText(); //$NON-NLS-1$
    }
}

package io.certdesk.ui.internal.roster;

import java.util.List;

import io.certdesk.jobs.RosterPreview;
import io.certdesk.roster.Finding;
import io.certdesk.roster.Severity;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.entries.Looks;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Import roster, page 3: every finding of the reader (the same as {@code certdesk roster check}), filtered by
 * severity, with an icon and a word for the severity; Copy puts the shown findings on the clipboard as
 * tab-separated text (for Excel or a mail to whoever keeps the roster).
 */
public final class FindingsPage extends WizardPage {

    /** The severity filter's choices, in the combo's order: all, then errors, warnings, notes. */
    private static final Severity[] FILTER = { null, Severity.ERROR, Severity.WARNING, Severity.INFO };

    private final ImportRosterWizard wizard;
    private Combo filter;
    private Table table;
    private Label count;
    private Looks looks;

    FindingsPage(ImportRosterWizard wizard) {
        super("findings"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.findingsTitle);
        setDescription(Messages.findingsDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
        looks = new Looks(area);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.findingsFilter);
        filter = new Combo(area, SWT.READ_ONLY);
        filter.setItems(Messages.findingsAll, Messages.findingsErrors, Messages.findingsWarnings, Messages.findingsInfo);
        filter.select(0);
        Accessible.name(filter, Messages.findingsFilterAccessible);
        filter.addListener(SWT.Selection, e -> show());
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
        Button copy = new Button(area, SWT.PUSH);
        copy.setText(Messages.findingsCopy);
        copy.addListener(SWT.Selection, e -> copy());
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Accessible.name(table, Messages.findingsAccessible);
        for (String title : new String[] { Messages.findingsSeverity, Messages.findingsWhere, Messages.findingsWhat }) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true)
                .hint(convertWidthInCharsToPixels(100), table.getItemHeight() * 12).applyTo(table);
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            wizard.refreshPreview();
            show();
        }
    }

    private void show() {
        RosterPreview preview = wizard.preview();
        List<Finding> shown = shown();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Finding finding : shown) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { Labels.severity(finding.severity()), finding.location(),
                        finding.message() });
                item.setImage(0, icon(finding.severity()));
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
        int total = preview == null ? 0 : preview.findings().size();
        count.setText(NLS.bind(Messages.findingsCount, Integer.toString(shown.size()), Integer.toString(total)));
        count.getParent().layout();
    }

    private Image icon(Severity severity) {
        return looks.icon(switch (severity) {
            case ERROR -> "failed"; //$NON-NLS-1$
            case WARNING -> "at_risk"; //$NON-NLS-1$
            case INFO -> "ok"; //$NON-NLS-1$
        });
    }

    /** The findings the severity filter lets through. */
    public List<Finding> shown() {
        RosterPreview preview = wizard.preview();
        if (preview == null) {
            return List.of();
        }
        Severity only = FILTER[Math.max(0, filter.getSelectionIndex())];
        return preview.findings().stream().filter(f -> only == null || f.severity() == only).toList();
    }

    /** The shown findings as tab-separated text with a header line. */
    public String tsv() {
        StringBuilder text = new StringBuilder();
        text.append(Messages.findingsSeverity).append('\t').append(Messages.findingsWhere).append('\t')
                .append(Messages.findingsWhat).append("\r\n"); //$NON-NLS-1$
        for (Finding finding : shown()) {
            text.append(Labels.severity(finding.severity())).append('\t').append(clean(finding.location()))
                    .append('\t').append(clean(finding.message())).append("\r\n"); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { tsv() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    public Combo filterCombo() {
        return filter;
    }

    public Table table() {
        return table;
    }
}

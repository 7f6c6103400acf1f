package io.certdesk.ui.internal.help;

import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Help &gt; Error Codes: the whole catalogue with a search box (the code's number or words of its texts), one row per
 * code, and the selected code's message, cause and remedy below. Each control is named by the label just before it.
 */
public final class ErrorCodesDialog extends Dialog {

    private Text search;
    private Label count;
    private Table table;
    private Text details;
    private List<ErrorCode> shown = List.of();

    public ErrorCodesDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label searchLabel = new Label(area, SWT.NONE);
        searchLabel.setText(Messages.search);
        search = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.searchHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : new String[] { Messages.columnCode, Messages.columnMessage }) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        table.getColumn(0).setWidth(convertWidthInCharsToPixels(8));
        table.getColumn(1).setWidth(convertWidthInCharsToPixels(80));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true)
                .hint(convertWidthInCharsToPixels(90), convertHeightInCharsToPixels(14)).applyTo(table);
        Label detailsLabel = new Label(area, SWT.NONE);
        detailsLabel.setText(Messages.detailsLabel);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(detailsLabel);
        details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
                .hint(convertWidthInCharsToPixels(90), convertHeightInCharsToPixels(7)).applyTo(details);
        search.addListener(SWT.Modify, e -> show(search.getText()));
        table.addListener(SWT.Selection, e -> select());
        show(""); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void show(String query) {
        shown = ErrorCatalog.search(query);
        table.removeAll();
        for (ErrorCode code : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { Integer.toString(code.code()), code.message() });
        }
        count.setText(NLS.bind(Messages.count, Integer.toString(shown.size()),
                Integer.toString(ErrorCode.values().length)));
        if (!shown.isEmpty()) {
            table.setSelection(0);
        }
        select();
    }

    private void select() {
        int index = table.getSelectionIndex();
        details.setText(index < 0 || index >= shown.size() ? Messages.nothing : ErrorCatalog.details(shown.get(index)));
    }

    /** The search box (tests). */
    public Text searchBox() {
        return search;
    }

    /** The rows shown (tests). */
    public Table table() {
        return table;
    }

    /** The selected code's texts (tests). */
    public Text detailsBox() {
        return details;
    }
}

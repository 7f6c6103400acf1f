package io.certdesk.ui.internal.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.certdesk.jobs.RosterPreview;
import io.certdesk.roster.RosterField;
import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Import roster, page 2: one choice per field (the column the reader detected is preselected) and the first
 * {@value ImportRosterWizard#PREVIEW_ROWS} rows as the reader sees them, retrieval passwords masked. Changing a choice
 * reads the file again with it.
 */
public final class MappingPage extends WizardPage {

    private final ImportRosterWizard wizard;
    private final Map<RosterField, Combo> combos = new EnumMap<>(RosterField.class);
    private Label summary;
    private Table rows;
    private boolean showing;

    MappingPage(ImportRosterWizard wizard) {
        super("mapping"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.mappingTitle);
        setDescription(Messages.mappingDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
        for (RosterField field : RosterField.values()) {
            Label label = new Label(area, SWT.NONE);
            label.setText(field.required() ? NLS.bind(Messages.fieldRequired, field.label()) : field.label());
            Combo combo = new Combo(area, SWT.READ_ONLY);
            Accessible.name(combo, NLS.bind(Messages.fieldAccessible, field.label()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            combo.addListener(SWT.Selection, e -> {
                if (!showing) {
                    String header = combo.getSelectionIndex() <= 0 ? null : combo.getText();
                    wizard.choice().column(field, header);
                    wizard.refreshPreview();
                    show(wizard.preview());
                }
            });
            combos.put(field, combo);
        }
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(summary);
        rows = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        Accessible.name(rows, Messages.previewAccessible);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true)
                .hint(convertWidthInCharsToPixels(100), rows.getItemHeight() * 12).applyTo(rows);
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            wizard.refreshPreview();
            show(wizard.preview());
        }
    }

    private void show(RosterPreview preview) {
        if (preview == null) {
            return;
        }
        showing = true;
        try {
            for (Map.Entry<RosterField, Combo> entry : combos.entrySet()) {
                Combo combo = entry.getValue();
                combo.removeAll();
                combo.add(entry.getKey().required() ? Messages.notFound : Messages.notUsed);
                preview.headers().forEach(combo::add);
                String chosen = preview.mapping().get(entry.getKey());
                int index = chosen == null ? 0 : preview.headers().indexOf(chosen) + 1;
                combo.select(Math.max(0, index));
            }
            summary.setText(NLS.bind(Messages.previewSummary, new Object[] { preview.format(),
                    preview.sheet().orElse("-"), Integer.toString(preview.headerRow()), //$NON-NLS-1$
                    Integer.toString(preview.totalRows()), Long.toString(preview.accepted()),
                    Long.toString(preview.warned()), Long.toString(preview.rejected()) }));
            fill(preview);
        } finally {
            showing = false;
        }
        setPageComplete(preview.accepted() + preview.warned() > 0);
        setErrorMessage(preview.accepted() + preview.warned() > 0 ? null : Messages.nothingToImport);
        ((Composite) getControl()).layout(true, true);
    }

    private void fill(RosterPreview preview) {
        rows.setRedraw(false);
        try {
            rows.removeAll();
            for (TableColumn column : rows.getColumns()) {
                column.dispose();
            }
            column(Messages.previewRow);
            column(Messages.previewStatus);
            preview.headers().forEach(this::column);
            for (RosterPreview.Row row : preview.rows()) {
                TableItem item = new TableItem(rows, SWT.NONE);
                item.setText(0, Integer.toString(row.row()));
                item.setText(1, Labels.status(row.status()));
                List<String> cells = row.cells();
                for (int i = 0; i < cells.size() && i + 2 < rows.getColumnCount(); i++) {
                    item.setText(i + 2, cells.get(i));
                }
            }
            for (TableColumn column : rows.getColumns()) {
                column.pack();
            }
        } finally {
            rows.setRedraw(true);
        }
    }

    private void column(String text) {
        TableColumn column = new TableColumn(rows, SWT.LEFT);
        column.setText(text);
    }

    public Combo combo(RosterField field) {
        return combos.get(field);
    }

    public Table rows() {
        return rows;
    }
}

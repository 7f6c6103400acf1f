package io.certdesk.ui.internal.parts;

import java.util.List;

import io.certdesk.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The roster area: one row per user of the imported roster. */
public final class RosterPart {

    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(Messages.rosterEmpty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (String title : List.of(Messages.columnName, Messages.columnEmail, Messages.columnDepartment,
                Messages.columnGroup, Messages.columnCertificate, Messages.columnStatus)) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(140);
            column.getColumn().setMoveable(true);
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

package io.certdesk.ui.internal.details;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What a part shows as text, in reading order: group titles in brackets, "label: value" lines, tree rows (indented by
 * depth) and table rows with their cells joined by " | ". For tests and screen reader checks.
 */
public final class ControlText {

    private ControlText() {
    }

    public static String of(Composite root) {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(Composite parent, StringBuilder text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Group group) {
                text.append('[').append(group.getText()).append("]\n"); //$NON-NLS-1$
                collect(group, text);
            } else if (child instanceof Label label) {
                text.append(label.getText()).append(": "); //$NON-NLS-1$
            } else if (child instanceof Text value) {
                text.append(value.getText()).append('\n');
            } else if (child instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    collect(item, tree.getColumnCount(), "", text); //$NON-NLS-1$
                }
            } else if (child instanceof Table table) {
                for (TableItem item : table.getItems()) {
                    text.append(cells(table.getColumnCount(), item::getText)).append('\n');
                }
            } else if (child instanceof Composite composite) {
                collect(composite, text);
            }
        }
    }

    private static void collect(TreeItem item, int columns, String indent, StringBuilder text) {
        text.append(indent).append(cells(columns, item::getText)).append('\n');
        for (TreeItem child : item.getItems()) {
            collect(child, columns, indent + "  ", text); //$NON-NLS-1$
        }
    }

    private static String cells(int columns, java.util.function.IntFunction<String> cell) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < Math.max(1, columns); i++) {
            if (i > 0) {
                row.append(" | "); //$NON-NLS-1$
            }
            row.append(cell.apply(i));
        }
        return row.toString();
    }

}

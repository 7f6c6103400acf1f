package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.util.List;

import io.certdesk.ui.internal.Accessible;
import io.certdesk.workspace.Transition;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Every state change of the entry with its time, why, and the error code of a failure, oldest first. */
public final class HistorySection {

    private HistorySection() {
    }

    public static Table create(Composite content, List<Transition> transitions, Clock clock) {
        Group group = Fields.group(content, Messages.historyTitle);
        Table table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Accessible.name(table, Messages.historyTitle);
        PixelConverter pixels = new PixelConverter(group);
        String[] titles = { Messages.historyTime, Messages.historyFrom, Messages.historyTo, Messages.historyReason,
                Messages.historyError };
        int[] widths = { 20, 14, 14, 24, 30 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(pixels.convertWidthInCharsToPixels(widths[i]));
        }
        for (Transition transition : transitions) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { Fields.seconds(transition.at(), clock),
                    transition.from().map(s -> s.displayName()).orElse(""), //$NON-NLS-1$
                    transition.to().displayName(), reason(transition.reason()),
                    transition.errorCode().map(c -> c.code() + " " + c.message()).orElse("") }); //$NON-NLS-1$ //$NON-NLS-2$
        }
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1)
                .hint(pixels.convertWidthInCharsToPixels(60),
                        table.getHeaderHeight() + table.getItemHeight() * (Math.min(transitions.size(), 10) + 1))
                .applyTo(table);
        return table;
    }

    /** The workspace's stable reason identifiers, for people; an unknown one as it is. */
    static String reason(String reason) {
        return switch (reason) {
            case "imported" -> Messages.reasonImported; //$NON-NLS-1$
            case "downloaded" -> Messages.reasonDownloaded; //$NON-NLS-1$
            case "recovered-stored-copy" -> Messages.reasonRecovered; //$NON-NLS-1$
            case "verified" -> Messages.reasonVerified; //$NON-NLS-1$
            case "exported" -> Messages.reasonExported; //$NON-NLS-1$
            case "failed" -> Messages.reasonFailed; //$NON-NLS-1$
            case "retry" -> Messages.reasonRetry; //$NON-NLS-1$
            case "stored-copy-damaged" -> Messages.reasonDamaged; //$NON-NLS-1$
            case "window-passed" -> Messages.reasonWindowPassed; //$NON-NLS-1$
            case "delivered" -> Messages.reasonDelivered; //$NON-NLS-1$
            case "done" -> Messages.reasonDone; //$NON-NLS-1$
            case "superseded" -> Messages.reasonSuperseded; //$NON-NLS-1$
            default -> reason;
        };
    }
}

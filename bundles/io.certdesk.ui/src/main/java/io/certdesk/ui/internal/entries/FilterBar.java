package io.certdesk.ui.internal.entries;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import io.certdesk.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The filter text box over every column and the quick filters (all, at risk, failed, window passed).
 * <p>
 * Japanese input: the filter follows {@code SWT.Modify}, which SWT's {@link Text} sends for committed text only on
 * GTK and Windows (the input method keeps the composition string until the user commits it). Where a platform reports
 * uncommitted (marked) text, as macOS can, the filter still does not run mid-composition: every change only
 * (re)starts a {@value #DELAY_MILLIS} ms timer, so the filter runs once typing pauses, and Enter runs it at once.
 */
public final class FilterBar {

    /** The pause after the last change before the filter runs. */
    public static final int DELAY_MILLIS = 250;

    private final Composite bar;
    private final Text text;
    private final Label count;
    private final Map<QuickFilter, Button> quick = new EnumMap<>(QuickFilter.class);
    private final Runnable apply;

    public FilterBar(Composite parent, Consumer<String> onFilter, Consumer<QuickFilter> onQuick) {
        bar = new Composite(parent, SWT.NONE);
        PixelConverter pixels = new PixelConverter(parent);
        GridLayoutFactory.fillDefaults().numColumns(7).spacing(pixels.convertHorizontalDLUsToPixels(4), 0)
                .applyTo(bar);
        Label label = new Label(bar, SWT.NONE);
        label.setText(Messages.filterLabel);
        text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        text.setMessage(Messages.filterHint);
        text.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.filterAccessibleName;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER)
                .hint(pixels.convertWidthInCharsToPixels(30), SWT.DEFAULT).applyTo(text);
        Looks looks = new Looks(bar);
        addQuick(onQuick, looks, QuickFilter.ALL, Messages.quickAll, null);
        addQuick(onQuick, looks, QuickFilter.AT_RISK, Messages.quickAtRisk, Risk.AT_RISK.icon());
        addQuick(onQuick, looks, QuickFilter.FAILED, Messages.quickFailed, Risk.FAILED.icon());
        addQuick(onQuick, looks, QuickFilter.WINDOW_PASSED, Messages.quickWindowPassed, Risk.WINDOW_PASSED.icon());
        count = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(count);
        quick.get(QuickFilter.ALL).setSelection(true);
        apply = () -> {
            if (!text.isDisposed()) {
                onFilter.accept(text.getText());
            }
        };
        text.addListener(SWT.Modify, event -> text.getDisplay().timerExec(DELAY_MILLIS, apply));
        text.addListener(SWT.DefaultSelection, event -> {
            text.getDisplay().timerExec(-1, apply);
            apply.run();
        });
    }

    private void addQuick(Consumer<QuickFilter> onQuick, Looks looks, QuickFilter filter, String label, String icon) {
        Button button = new Button(bar, SWT.RADIO);
        button.setText(label);
        if (icon != null) {
            button.setImage(looks.icon(icon));
        }
        button.setData(filter);
        button.addListener(SWT.Selection, event -> {
            if (button.getSelection()) {
                onQuick.accept(filter);
            }
        });
        quick.put(filter, button);
    }

    public Composite control() {
        return bar;
    }

    public Text text() {
        return text;
    }

    public Button quickButton(QuickFilter filter) {
        return quick.get(filter);
    }

    /** Selects the quick filter's radio button (none when the overview set another filter). */
    public void showQuick(QuickFilter filter) {
        quick.forEach((key, button) -> button.setSelection(key == filter));
    }

    public void showCount(int shown, int total, QuickFilter filter) {
        count.setText(shown == total ? NLS.bind(Messages.countAll, Integer.toString(total))
                : NLS.bind(Messages.countShown, Integer.toString(shown), Integer.toString(total)));
        bar.layout();
    }
}

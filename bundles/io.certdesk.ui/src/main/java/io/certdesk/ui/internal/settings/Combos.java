package io.certdesk.ui.internal.settings;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A read-only choice of the settings pages; a change re-checks the dialog. */
final class Combos {

    private Combos() {
    }

    static Combo add(Composite page, List<String> items, int selected, Runnable changed) {
        Combo combo = new Combo(page, SWT.READ_ONLY);
        items.forEach(combo::add);
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }
}

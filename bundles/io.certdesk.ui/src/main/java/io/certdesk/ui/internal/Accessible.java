package io.certdesk.ui.internal;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/** Accessible names for controls whose label a screen reader cannot find by itself (icon buttons, text boxes). */
public final class Accessible {

    private Accessible() {
    }

    /** The name a screen reader says for the control. */
    public static void name(Control control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
    }
}

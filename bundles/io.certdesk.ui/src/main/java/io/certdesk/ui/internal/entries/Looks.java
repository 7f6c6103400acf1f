package io.certdesk.ui.internal.entries;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * Icons and colours of rows, owned by a control (freed with it). Icons are the bundle's PNGs under {@code icons/}
 * (with {@code @2x} variants for high-DPI screens).
 */
public final class Looks {

    private final LocalResourceManager resources;

    public Looks(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    public Image icon(String name) {
        return resources.create(ImageDescriptor.createFromFile(Looks.class, "/icons/" + name + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The row background of a risk; null: the table's own. */
    public Color background(Risk risk) {
        RGB rgb = switch (risk) {
            case FAILED -> new RGB(253, 221, 221);
            case WINDOW_PASSED -> new RGB(235, 222, 216);
            case UNDER_HOUR -> new RGB(255, 214, 170);
            case AT_RISK -> new RGB(255, 243, 196);
            case SUPERSEDED, NONE -> null;
        };
        return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
    }

    /** The row foreground of a risk; null: the table's own. Dark enough on the backgrounds above (WCAG AA). */
    public Color foreground(Risk risk) {
        RGB rgb = switch (risk) {
            case SUPERSEDED -> new RGB(97, 97, 97);
            case FAILED, WINDOW_PASSED, UNDER_HOUR, AT_RISK -> new RGB(33, 33, 33);
            case NONE -> null;
        };
        return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
    }
}

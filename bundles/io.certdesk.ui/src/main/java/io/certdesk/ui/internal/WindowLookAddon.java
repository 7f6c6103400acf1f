package io.certdesk.ui.internal;

import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * The window's look, without the e4 CSS engine (docs/architecture.md, "Start-up"): the main window's background, a
 * quiet grey that its stacks and the parts which keep the default background take on (the workbench's window renderer
 * has the shell's children inherit it). The workbench's tab folders keep SWT's own renderer and simple tabs. The
 * CSS engine, which the product used for this one colour, cost the window's start some 5% of its UI thread's time
 * (the engine, Batik's parser and a styling pass over every widget).
 */
public final class WindowLookAddon {

    /** The main window's background (Tailwind's gray-100). */
    static final int WINDOW_BACKGROUND = 0xF3F4F6;

    /** Sets the background as the window's shell is made, before it shows. */
    @Inject
    @Optional
    public void widgetSet(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MTrimmedWindow
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell && !shell.isDisposed()) {
            shell.setBackground(new Color(WINDOW_BACKGROUND >> 16, (WINDOW_BACKGROUND >> 8) & 0xFF,
                    WINDOW_BACKGROUND & 0xFF));
        }
    }
}

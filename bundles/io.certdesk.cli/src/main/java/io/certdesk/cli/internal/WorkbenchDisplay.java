package io.certdesk.cli.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Start-up (docs/architecture.md, "Start-up"): makes the workbench's SWT display on the application's thread while
 * the framework's start-level thread starts the workbench's bundles, so that the two overlap. E4Application then takes
 * this display ({@code Display.getDefault()}), after giving it the product's name exactly as done here. Reached through
 * the SWT bundle by reflection, so that this bundle stays free of SWT; when anything is missing nothing is made here
 * and E4Application makes the display itself, as before.
 */
final class WorkbenchDisplay {

    private static final String SWT_BUNDLE = "org.eclipse.swt"; //$NON-NLS-1$
    private static final String DISPLAY_CLASS = "org.eclipse.swt.widgets.Display"; //$NON-NLS-1$

    private WorkbenchDisplay() {
    }

    /** Makes the default display named after the running product; false when it did not (E4Application will). */
    static boolean prepare(BundleContext context, IExtensionRegistry registry) {
        String name = productName(registry);
        if (name == null) {
            return false; // the display's name (the window class on Linux) must be the product's, as E4Application sets it
        }
        try {
            for (Bundle bundle : context.getBundles()) {
                if (SWT_BUNDLE.equals(bundle.getSymbolicName())) {
                    Class<?> display = bundle.loadClass(DISPLAY_CLASS);
                    display.getMethod("setAppName", String.class).invoke(null, name); //$NON-NLS-1$
                    display.getMethod("getDefault").invoke(null); //$NON-NLS-1$
                    return true;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // E4Application makes the display and reports what is wrong
        }
        return false;
    }

    /** The name of the product this start runs ({@code eclipse.product}), as Platform.getProduct().getName() gives it. */
    private static String productName(IExtensionRegistry registry) {
        String product = System.getProperty("eclipse.product"); //$NON-NLS-1$
        IExtension extension = product == null || registry == null ? null : registry.getExtension(product);
        if (extension == null) {
            return null;
        }
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            if ("product".equals(element.getName())) { //$NON-NLS-1$
                return element.getAttribute("name"); //$NON-NLS-1$
            }
        }
        return null;
    }
}

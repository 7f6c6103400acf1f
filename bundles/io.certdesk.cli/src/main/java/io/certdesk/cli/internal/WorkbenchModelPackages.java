package io.certdesk.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Start-up (docs/architecture.md, "Start-up"): initializes the EMF packages of the e4 application model on a
 * background thread while E4Application makes its contexts and services on the application's thread, which otherwise
 * initializes them itself (in {@code ModelServiceImpl}'s constructor, before it loads {@code Application.e4xmi}), with
 * the second core idle. Started only once the workbench's bundles have started (no bundle activation races it), and
 * through the same class the application's thread touches first ({@code ApplicationPackageImpl}, whose static
 * initializer initializes every package of the model): that thread then waits for the class's initialization
 * instead of starting another package's, so the two never wait for each other. Reached through the model bundle by
 * reflection, so that this bundle stays free of e4 and EMF; when anything is missing nothing happens here, and the
 * workbench initializes the packages itself, as before.
 */
final class WorkbenchModelPackages {

    private static final String MODEL_BUNDLE = "org.eclipse.e4.ui.model.workbench"; //$NON-NLS-1$
    private static final String PACKAGE_CLASS = "org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl"; //$NON-NLS-1$

    private WorkbenchModelPackages() {
    }

    /** Starts initializing the model's packages on a daemon thread; false when the model bundle is not there. */
    static boolean initializeInBackground(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (MODEL_BUNDLE.equals(bundle.getSymbolicName())) {
                Thread thread = new Thread(() -> initialize(bundle), "CertDesk model packages"); //$NON-NLS-1$
                thread.setDaemon(true);
                thread.start();
                return true;
            }
        }
        return false;
    }

    private static void initialize(Bundle bundle) {
        try {
            Class.forName(PACKAGE_CLASS, true, bundle.loadClass(PACKAGE_CLASS).getClassLoader());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the workbench initializes the packages itself and reports what is wrong
        }
    }
}

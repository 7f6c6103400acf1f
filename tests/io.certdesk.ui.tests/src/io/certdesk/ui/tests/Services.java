package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The product's OSGi services, as the workbench gets them (declarative services). */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws BundleException, InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("io.certdesk.")
                    && bundle.getHeaders().get("Fragment-Host") == null && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        assertNotNull(service, "no " + type.getSimpleName() + " service: is felix.scr running?");
        return service;
    }
}

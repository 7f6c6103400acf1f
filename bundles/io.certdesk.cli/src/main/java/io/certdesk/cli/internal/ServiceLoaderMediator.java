package io.certdesk.cli.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The framework's service-loader mediator (Apache Aries SPI Fly, which provides the {@code osgi.extender}
 * capability {@value #EXTENDER}): inside OSGi, Jakarta Mail and Jakarta Activation find their Angus providers only
 * through it. Starting it reads every bundle's headers and prepares its weaving (some 0.5 s), so the product gives it
 * no start level of its own (docs/architecture.md, "Start levels"): the application starts it, transiently, before
 * anything can load a mail class: for a command before the command runs, for the workbench on a thread of its own
 * while the display is made, waited for before the workbench starts.
 */
final class ServiceLoaderMediator {

    /** The capability namespace of extenders ({@code org.osgi.namespace.extender}, not exported by the framework). */
    static final String EXTENDER_NAMESPACE = "osgi.extender"; //$NON-NLS-1$
    /** The extender name of the OSGi Service Loader Mediator specification. */
    static final String EXTENDER = "osgi.serviceloader.processor"; //$NON-NLS-1$

    private ServiceLoaderMediator() {
    }

    /** The installed bundles that provide the mediator (SPI Fly: one). */
    static List<Bundle> bundles(BundleContext context) {
        Objects.requireNonNull(context, "context"); //$NON-NLS-1$
        return List.of(context.getBundles()).stream().filter(ServiceLoaderMediator::provides).toList();
    }

    /** Starts every mediator that is not active yet, transiently (the next start decides again); waits for them. */
    static void start(BundleContext context) throws BundleException {
        for (Bundle bundle : bundles(context)) {
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
    }

    /** {@link #start} on a daemon thread; the future fails with the {@link BundleException}. */
    static CompletableFuture<Void> startInBackground(BundleContext context) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                start(context);
                started.complete(null);
            } catch (BundleException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "certdesk-service-loader-mediator"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /** What went wrong, for the message: the start's own failure rather than the wrapper the future's get adds. */
    static String reason(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static boolean provides(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && revision.getDeclaredCapabilities(EXTENDER_NAMESPACE).stream()
                .anyMatch(capability -> EXTENDER
                        .equals(capability.getAttributes().get(EXTENDER_NAMESPACE)));
    }
}

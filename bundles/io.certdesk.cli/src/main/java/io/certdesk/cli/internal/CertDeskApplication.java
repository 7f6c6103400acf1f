package io.certdesk.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.certdesk.cli.CommandRunner;
import io.certdesk.cli.internal.jobs.DemoCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The product's application: opens the e4 workbench ({@code certdesk}, {@code certdesk gui}) or runs a
 * headless command ({@code certdesk <command> ...}). The workbench application is found by its
 * extension id, so this bundle stays free of SWT and JFace.
 */
public final class CertDeskApplication implements IApplication {

    static final String WORKBENCH_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application"; //$NON-NLS-1$
    private static final long SERVICE_WAIT_SECONDS = 10;
    /**
     * The framework start level at which the workbench's bundles (product start level 5) run; headless commands are
     * started at level 4 by the start scripts (docs/architecture.md, "Start-up").
     */
    static final int WORKBENCH_START_LEVEL = 6;
    private static final long START_LEVEL_WAIT_SECONDS = 60;

    private volatile IApplication workbench;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        LaunchMode mode = LaunchMode.of(args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        if (mode.workbench() && LaunchMode.displayAvailable(System.getProperty("os.name"), System.getenv())) { //$NON-NLS-1$
            if (mode.demo()) {
                try {
                    DemoCommand.passToWorkbench(mode.args());
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return Integer.valueOf(CommandRunner.USAGE);
                }
            } else {
                GuiCommand.passToWorkbench(mode.args());
            }
            // Start-up (docs/architecture.md): SPI Fly, then the workbench's bundles, start on threads of their own
            // while this thread makes the display (which starts no bundle). Nothing else starts bundles meanwhile:
            // log4j-api's activator, which SPI Fly's start triggers, takes a lock that only a bundle event on the
            // same thread may release (an IllegalMonitorStateException on any other thread, and the lock kept).
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> mediator = ServiceLoaderMediator.startInBackground(bundleContext());
            mediator.whenComplete((done, failure) -> startWorkbenchBundles(started));
            WorkbenchDisplay.prepare(bundleContext(), RegistryFactory.getRegistry());
            started.await(START_LEVEL_WAIT_SECONDS, TimeUnit.SECONDS);
            try {
                mediator.get(START_LEVEL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                err.println(NLS.bind(Messages.mailMediatorFailed, ServiceLoaderMediator.reason(e)));
            }
            return startWorkbench(context);
        }
        context.applicationRunning();
        try {
            ServiceLoaderMediator.start(bundleContext());
        } catch (BundleException e) {
            err.println(NLS.bind(Messages.mailMediatorFailed, ServiceLoaderMediator.reason(e)));
        }
        CommandRunner runner = commandRunner();
        if (runner == null) {
            err.println(Messages.serviceMissing);
            return Integer.valueOf(CommandRunner.FAILED);
        }
        return Integer.valueOf(CommandLaunch.run(mode, runner, out, err));
    }

    private Object startWorkbench(IApplicationContext context) throws Exception {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        IConfigurationElement[] run = registry.getConfigurationElementsFor("org.eclipse.core.runtime", //$NON-NLS-1$
                "applications", WORKBENCH_APPLICATION); //$NON-NLS-1$
        if (run.length == 0) {
            throw new IllegalStateException(NLS.bind(Messages.serviceMissing, WORKBENCH_APPLICATION));
        }
        IApplication application = (IApplication) run[0].getChildren("run")[0] //$NON-NLS-1$
                .createExecutableExtension("class"); //$NON-NLS-1$
        workbench = application;
        return application.start(context);
    }

    /**
     * Raises the framework to {@link #WORKBENCH_START_LEVEL} when it was started lower (the product starts at level 4)
     * without waiting; {@code reached} opens when it is there.
     */
    private void startWorkbenchBundles(CountDownLatch reached) {
        FrameworkStartLevel startLevel = bundleContext().getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                .adapt(FrameworkStartLevel.class);
        if (startLevel == null || startLevel.getStartLevel() >= WORKBENCH_START_LEVEL) {
            reached.countDown();
        } else {
            startLevel.setStartLevel(WORKBENCH_START_LEVEL, event -> reached.countDown());
        }
    }

    private CommandRunner commandRunner() throws InterruptedException {
        ServiceTracker<CommandRunner, CommandRunner> tracker = new ServiceTracker<>(bundleContext(),
                CommandRunner.class, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
        } finally {
            tracker.close();
        }
    }

    private BundleContext bundleContext() {
        return FrameworkUtil.getBundle(getClass()).getBundleContext();
    }

    @Override
    public void stop() {
        IApplication application = workbench;
        if (application != null) {
            application.stop();
        }
    }

}

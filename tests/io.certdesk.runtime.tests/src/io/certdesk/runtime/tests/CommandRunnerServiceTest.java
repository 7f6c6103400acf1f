package io.certdesk.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.certdesk.cli.CommandRunner;

/** Declarative services registers the command line as a service, as the product's application expects. */
class CommandRunnerServiceTest {

    @Test
    void commandRunnerServiceRunsTheVersionCommand() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if ("io.certdesk.cli".equals(bundle.getSymbolicName())) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        ServiceTracker<CommandRunner, CommandRunner> tracker = new ServiceTracker<>(context, CommandRunner.class, null);
        tracker.open();
        try {
            CommandRunner runner = tracker.waitForService(10_000);
            assertNotNull(runner, "no CommandRunner service: is felix.scr running and io.certdesk.cli started?");
            StringWriter out = new StringWriter();
            int exit = runner.run(List.of("--version"), new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertEquals(CommandRunner.OK, exit);
            assertTrue(out.toString().startsWith("CertDesk 0.1.0"), out.toString());
        } finally {
            tracker.close();
        }
    }
}

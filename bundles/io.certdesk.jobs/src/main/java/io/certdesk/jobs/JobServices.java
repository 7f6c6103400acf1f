package io.certdesk.jobs;

import java.time.Clock;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.jobs.internal.DefaultDemoService;
import io.certdesk.jobs.internal.DefaultJobService;
import io.certdesk.roster.RosterReader;

/** Job services outside OSGi (command-line tests, tools). In the product the service is the OSGi service {@link JobService}. */
public final class JobServices {

    private JobServices() {
    }

    /** A service on these engines and the system clock. */
    public static JobService create(RosterReader reader, Pkcs12Engine engine) {
        return new DefaultJobService(reader, engine, Clock.systemDefaultZone());
    }

    /** The demo preparation on this job service. */
    public static DemoService demo(JobService jobs) {
        return new DefaultDemoService(jobs);
    }

    /** A service on these engines and clock. */
    public static JobService create(RosterReader reader, Pkcs12Engine engine, Clock clock) {
        return new DefaultJobService(reader, engine, clock);
    }
}

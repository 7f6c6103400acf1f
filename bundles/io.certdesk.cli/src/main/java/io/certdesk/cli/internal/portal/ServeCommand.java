package io.certdesk.cli.internal.portal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.certdesk.portal.Fault;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalException;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.ReferencePortal;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code certdesk portal serve}: runs the reference portal until stopped (Ctrl+C) or for a given time. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR")
    private Path data;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8443")
    private int port;

    @Option(names = "--clock-offset", paramLabel = "DURATION")
    private String clockOffset;

    @Option(names = "--lock-until", paramLabel = "HH:MM", defaultValue = "23:59")
    private String lockUntil;

    @Option(names = "--tls-host", paramLabel = "NAME")
    private List<String> tlsHosts;

    @Option(names = "--busy")
    private boolean busy;

    @Option(names = "--fault", paramLabel = "KIND")
    private String fault;

    @Option(names = "--fault-millis", paramLabel = "MS")
    private String faultMillis;

    @Option(names = "--fault-status", paramLabel = "STATUS")
    private String faultStatus;

    @Option(names = "--fault-retry-after", paramLabel = "S")
    private String faultRetryAfter;

    @Option(names = "--stop-after", paramLabel = "S")
    private Long stopAfter;

    @Override
    public Integer call() throws PortalException, InterruptedException {
        PortalDataFolder folder = new PortalDataFolder(data);
        PortalServerConfig config = PortalServerConfig.defaults(folder).withPort(port);
        try {
            config = config.withLockUntil(LocalTime.parse(lockUntil.strip()));
            if (clockOffset != null) {
                config = config.withClockOffset(parseDuration(clockOffset));
            }
            if (tlsHosts != null && !tlsHosts.isEmpty()) {
                config = config.withTlsHostNames(tlsHosts);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.invalidValue, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ReferencePortal portal = ReferencePortal.start(config)) {
            portal.busy(busy);
            if (fault != null) {
                try {
                    portal.faults().always(Fault.parse(fault, faultMillis, faultStatus,
                            faultRetryAfter == null ? "" : faultRetryAfter)); //$NON-NLS-1$
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), NLS.bind(Messages.invalidValue, e.getMessage()));
                }
            }
            out.println(NLS.bind(Messages.serveStarted, portal.baseUrl()));
            out.println(NLS.bind(Messages.serveRepository, portal.repositoryUrl()));
            out.println(NLS.bind(Messages.serveTrust, folder.tlsCaCertificate()));
            out.println(NLS.bind(Messages.serveProfile, folder.clientProfile()));
            out.println(NLS.bind(Messages.serveAdmin, folder.adminToken()));
            if (!config.clockOffset().isZero()) {
                out.println(NLS.bind(Messages.serveClock, config.clockOffset()));
            }
            out.println(stopAfter != null ? NLS.bind(Messages.serveStopsAfter, stopAfter) : Messages.serveStopHint);
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(stopped::countDown, "certdesk-portal-stop"); //$NON-NLS-1$
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (stopAfter != null) {
                    stopped.await(stopAfter, TimeUnit.SECONDS);
                } else {
                    stopped.await();
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook already ran
                }
            }
        }
        out.println(Messages.serveStopped);
        out.flush();
        return 0;
    }

    /** ISO-8601 ({@code PT25H}, {@code -P1D}) or a number with d, h, m or s ({@code 25h}, {@code -90m}). */
    static Duration parseDuration(String text) {
        String value = text.strip();
        if (value.toUpperCase(Locale.ROOT).contains("P")) { //$NON-NLS-1$
            return Duration.parse(value);
        }
        if (!value.matches("-?[0-9]+[dhms]")) { //$NON-NLS-1$
            throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 25h, 90m, 2d or PT25H)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}

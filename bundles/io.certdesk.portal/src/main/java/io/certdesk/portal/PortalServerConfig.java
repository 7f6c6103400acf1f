package io.certdesk.portal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * How a reference portal runs.
 *
 * @param folder the provisioned data folder
 * @param port the HTTPS port on 127.0.0.1 (0: any free port)
 * @param tlsHostNames the names the TLS certificate is issued for (DNS names or IP addresses); the default
 *                     {@code localhost, 127.0.0.1}; tests of host-name checks use e.g. {@code portal.invalid}
 * @param clockOffset the initial offset of the portal's clock
 * @param redownloadWindow how long after the first download the certificate can be downloaded again (24 h)
 * @param maxFailures wrong passwords in a row that lock a certificate number (3)
 * @param lockUntil the time of day (Japan) a lock ends (23:59: late the same day)
 * @param serveRepository whether to serve the CA repository on the port fixed in the data folder
 */
public record PortalServerConfig(PortalDataFolder folder, int port, List<String> tlsHostNames, Duration clockOffset,
        Duration redownloadWindow, int maxFailures, LocalTime lockUntil, boolean serveRepository) {

    public PortalServerConfig {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        tlsHostNames = List.copyOf(tlsHostNames);
        Objects.requireNonNull(clockOffset, "clockOffset"); //$NON-NLS-1$
        Objects.requireNonNull(redownloadWindow, "redownloadWindow"); //$NON-NLS-1$
        Objects.requireNonNull(lockUntil, "lockUntil"); //$NON-NLS-1$
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port must be 0-65535, not " + port); //$NON-NLS-1$
        }
        if (tlsHostNames.isEmpty()) {
            throw new IllegalArgumentException("The TLS certificate needs at least one host name"); //$NON-NLS-1$
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1"); //$NON-NLS-1$
        }
    }

    /** Defaults: any free port, localhost and 127.0.0.1, no offset, 24 hours, 3 failures, locked until 23:59. */
    public static PortalServerConfig defaults(PortalDataFolder folder) {
        return new PortalServerConfig(folder, 0, List.of("localhost", "127.0.0.1"), Duration.ZERO, Duration.ofHours(24), //$NON-NLS-1$ //$NON-NLS-2$
                3, LocalTime.of(23, 59), true);
    }

    public PortalServerConfig withPort(int newPort) {
        return new PortalServerConfig(folder, newPort, tlsHostNames, clockOffset, redownloadWindow, maxFailures, lockUntil,
                serveRepository);
    }

    public PortalServerConfig withTlsHostNames(List<String> names) {
        return new PortalServerConfig(folder, port, names, clockOffset, redownloadWindow, maxFailures, lockUntil,
                serveRepository);
    }

    public PortalServerConfig withClockOffset(Duration offset) {
        return new PortalServerConfig(folder, port, tlsHostNames, offset, redownloadWindow, maxFailures, lockUntil,
                serveRepository);
    }

    public PortalServerConfig withLockUntil(LocalTime time) {
        return new PortalServerConfig(folder, port, tlsHostNames, clockOffset, redownloadWindow, maxFailures, time,
                serveRepository);
    }

    public PortalServerConfig withoutRepository() {
        return new PortalServerConfig(folder, port, tlsHostNames, clockOffset, redownloadWindow, maxFailures, lockUntil,
                false);
    }
}

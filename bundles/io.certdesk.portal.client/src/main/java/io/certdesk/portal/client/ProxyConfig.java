package io.certdesk.portal.client;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the portal: directly, through the system's proxy settings (Java's ProxySelector, which
 * follows the OS settings when {@code java.net.useSystemProxies=true}), or through a manual proxy
 * (host and port). Proxy authentication (Basic) is optional; the password is a copy owned by this object,
 * {@link #clear()} wipes it and {@link #toString()} never shows it. PAC scripts are not supported.
 */
public final class ProxyConfig implements AutoCloseable {

    /** The three ways. */
    public enum Mode {
        DIRECT, SYSTEM, MANUAL
    }

    private final Mode mode;
    private final String host;
    private final int port;
    private final String user;
    private final char[] password;

    private ProxyConfig(Mode mode, String host, int port, String user, char[] password) {
        this.mode = mode;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static ProxyConfig direct() {
        return new ProxyConfig(Mode.DIRECT, null, 0, null, new char[0]);
    }

    public static ProxyConfig system() {
        return new ProxyConfig(Mode.SYSTEM, null, 0, null, new char[0]);
    }

    /** The system's proxy, with credentials for whichever proxy it chooses. */
    public static ProxyConfig system(String user, char[] password) {
        return new ProxyConfig(Mode.SYSTEM, null, 0, Objects.requireNonNull(user, "user"), //$NON-NLS-1$
                Objects.requireNonNull(password, "password").clone()); //$NON-NLS-1$
    }

    public static ProxyConfig manual(String host, int port) {
        return new ProxyConfig(Mode.MANUAL, checkHost(host), checkPort(port), null, new char[0]);
    }

    public static ProxyConfig manual(String host, int port, String user, char[] password) {
        return new ProxyConfig(Mode.MANUAL, checkHost(host), checkPort(port), Objects.requireNonNull(user, "user"), //$NON-NLS-1$
                Objects.requireNonNull(password, "password").clone()); //$NON-NLS-1$
    }

    /** {@code host:port} as typed on a command line. */
    public static ProxyConfig parseHostPort(String hostPort) {
        int colon = Objects.requireNonNull(hostPort, "hostPort").lastIndexOf(':'); //$NON-NLS-1$
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("A proxy is host:port, not '" + hostPort + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return manual(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The proxy port is not a number: '" + hostPort + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The same proxy with Basic authentication. */
    public ProxyConfig withCredentials(String newUser, char[] newPassword) {
        return mode == Mode.MANUAL ? manual(host, port, newUser, newPassword) : system(newUser, newPassword);
    }

    private static String checkHost(String host) {
        if (Objects.requireNonNull(host, "host").isBlank()) { //$NON-NLS-1$
            throw new IllegalArgumentException("The proxy host is empty"); //$NON-NLS-1$
        }
        return host.strip();
    }

    private static int checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The proxy port must be 1-65535, not " + port); //$NON-NLS-1$
        }
        return port;
    }

    public Mode mode() {
        return mode;
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** A fresh copy of the proxy password; the caller clears it. */
    public char[] password() {
        return password.clone();
    }

    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return switch (mode) {
            case DIRECT -> "ProxyConfig[direct]"; //$NON-NLS-1$
            case SYSTEM -> "ProxyConfig[system" + (user != null ? ", user " + user + ", password ****" : "") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case MANUAL -> "ProxyConfig[" + host + ':' + port + (user != null ? ", user " + user + ", password ****" : "") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        };
    }
}

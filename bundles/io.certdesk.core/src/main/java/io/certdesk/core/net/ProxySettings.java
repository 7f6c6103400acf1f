package io.certdesk.core.net;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.secrets.Secret;

/**
 * How CertDesk reaches HTTP servers (the portal download client, AIA issuer fetching): directly, through the
 * system's proxy settings (Java's {@link java.net.ProxySelector#getDefault()}, which follows the OS when
 * {@code java.net.useSystemProxies=true}), or through a manual proxy (host and port). Proxy authentication is
 * optional (Basic): a user and a {@link Secret} password this object owns a copy of; {@link #close()} wipes it and
 * {@link #toString()} never shows it. PAC scripts are not supported.
 */
public final class ProxySettings implements AutoCloseable {

    /** The three ways. */
    public enum Mode {
        DIRECT, SYSTEM, MANUAL
    }

    private final Mode mode;
    private final String host;
    private final int port;
    private final String user;
    private final Secret password;

    private ProxySettings(Mode mode, String host, int port, String user, Secret password) {
        this.mode = mode;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** No proxy: connect directly. */
    public static ProxySettings direct() {
        return new ProxySettings(Mode.DIRECT, null, 0, null, Secret.empty());
    }

    /** The system's proxy, without credentials. */
    public static ProxySettings system() {
        return new ProxySettings(Mode.SYSTEM, null, 0, null, Secret.empty());
    }

    /** The system's proxy, with credentials for whichever proxy it chooses; the password is copied. */
    public static ProxySettings system(String user, Secret password) {
        return new ProxySettings(Mode.SYSTEM, null, 0, checkUser(user), copy(password));
    }

    /** A manual proxy without authentication. */
    public static ProxySettings manual(String host, int port) {
        return new ProxySettings(Mode.MANUAL, checkHost(host), checkPort(port), null, Secret.empty());
    }

    /** A manual proxy with Basic authentication; the password is copied, the caller keeps (and closes) its own. */
    public static ProxySettings manual(String host, int port, String user, Secret password) {
        return new ProxySettings(Mode.MANUAL, checkHost(host), checkPort(port), checkUser(user), copy(password));
    }

    /** {@link #manual(String, int, String, Secret)} with a {@code char[]} the caller keeps (and wipes). */
    public static ProxySettings manual(String host, int port, String user, char[] password) {
        try (Secret secret = Secret.copyOf(Objects.requireNonNull(password, "password"))) { //$NON-NLS-1$
            return manual(host, port, user, secret);
        }
    }

    /** {@code host:port} as typed on a command line: a manual proxy without authentication. */
    public static ProxySettings parseHostPort(String hostPort) {
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

    /** The same proxy with Basic authentication (a direct connection has no proxy to authenticate to). */
    public ProxySettings withCredentials(String newUser, Secret newPassword) {
        return switch (mode) {
            case MANUAL -> manual(host, port, newUser, newPassword);
            case SYSTEM -> system(newUser, newPassword);
            case DIRECT -> throw new IllegalStateException("A direct connection has no proxy credentials"); //$NON-NLS-1$
        };
    }

    /** {@link #withCredentials(String, Secret)} with a {@code char[]} the caller keeps (and wipes). */
    public ProxySettings withCredentials(String newUser, char[] newPassword) {
        try (Secret secret = Secret.copyOf(Objects.requireNonNull(newPassword, "newPassword"))) { //$NON-NLS-1$
            return withCredentials(newUser, secret);
        }
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

    private static String checkUser(String user) {
        if (Objects.requireNonNull(user, "user").isEmpty()) { //$NON-NLS-1$
            throw new IllegalArgumentException("The proxy user is empty"); //$NON-NLS-1$
        }
        return user;
    }

    private static Secret copy(Secret password) {
        return Objects.requireNonNull(password, "password").duplicate(); //$NON-NLS-1$
    }

    public Mode mode() {
        return mode;
    }

    public boolean isDirect() {
        return mode == Mode.DIRECT;
    }

    /** The manual proxy's host; empty for {@link Mode#DIRECT} and {@link Mode#SYSTEM}. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The manual proxy's port; 0 otherwise. */
    public int port() {
        return port;
    }

    /** The proxy user, when the proxy needs authentication. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The proxy password (empty without authentication): owned by this object, do not close it. */
    public Secret password() {
        return password;
    }

    /** The same proxy without its password (the user stays): the form settings are stored in. */
    public ProxySettings withoutPassword() {
        return new ProxySettings(mode, host, port, user, Secret.empty());
    }

    /** Equal when mode, host, port and user are: the password is not compared. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings o && mode == o.mode && Objects.equals(host, o.host) && port == o.port
                && Objects.equals(user, o.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, host, Integer.valueOf(port), user);
    }

    /** Wipes the password. */
    @Override
    public void close() {
        password.close();
    }

    @Override
    public String toString() {
        String credentials = user != null ? ", user " + user + ", password ****" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return switch (mode) {
            case DIRECT -> "ProxySettings[direct]"; //$NON-NLS-1$
            case SYSTEM -> "ProxySettings[system" + credentials + ']'; //$NON-NLS-1$
            case MANUAL -> "ProxySettings[" + host + ':' + port + credentials + ']'; //$NON-NLS-1$
        };
    }
}

package io.certdesk.crypto;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's HTTP proxy: host and port, with optional proxy authentication. The password is a
 * copy owned by this object; {@link #clear()} wipes it. PAC scripts are not supported.
 */
public final class ProxySettings implements AutoCloseable {

    private static final ProxySettings DIRECT = new ProxySettings(null, 0, null, new char[0]);

    private final String host;
    private final int port;
    private final String user;
    private final char[] password;

    private ProxySettings(String host, int port, String user, char[] password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** No proxy: connect directly. */
    public static ProxySettings direct() {
        return DIRECT;
    }

    /** A proxy without authentication. */
    public static ProxySettings of(String host, int port) {
        return new ProxySettings(checkHost(host), checkPort(port), null, new char[0]);
    }

    /** A proxy with authentication; the password is copied, the caller keeps (and clears) its own array. */
    public static ProxySettings withAuthentication(String host, int port, String user, char[] password) {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
        return new ProxySettings(checkHost(host), checkPort(port), user, password.clone());
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

    public boolean isDirect() {
        return host == null;
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

    /** A fresh copy of the password; the caller clears it after use. */
    public char[] password() {
        return password.clone();
    }

    /** Wipes the password. */
    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return isDirect() ? "ProxySettings[direct]" //$NON-NLS-1$
                : "ProxySettings[" + host + ':' + port + (user != null ? ", user " + user + ", password ****" : "") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}

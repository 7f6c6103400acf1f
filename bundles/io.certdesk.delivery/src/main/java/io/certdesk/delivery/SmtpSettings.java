package io.certdesk.delivery;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.certdesk.core.secrets.Secret;

/**
 * Where and how mails are sent. The password is a {@link Secret} copy owned by this object (the workspace keeps it
 * encrypted and decrypts it for one batch); {@link #clear()} (or {@link #close()}) wipes it when the batch is over.
 * The server's certificate must lead to the JDK's trusted CAs or to one of {@link #extraTrustedCertificates()},
 * and must name {@link #host()}.
 */
public final class SmtpSettings implements AutoCloseable {

    private final String host;
    private final int port;
    private final SmtpSecurity security;
    private final String user;
    private final Secret password;
    private final List<X509Certificate> extraTrustedCertificates;
    private final Duration timeout;

    /**
     * @param host the SMTP server's name (as in its certificate)
     * @param port the port: usually 465 for SMTPS, 587 for STARTTLS
     * @param security the protection of the connection
     * @param user the AUTH user, empty for no authentication
     * @param password the AUTH password (copied; the caller clears its own array)
     * @param extraTrustedCertificates CA certificates trusted in addition to the JDK's (a company CA)
     * @param timeout connect and read timeout
     */
    public SmtpSettings(String host, int port, SmtpSecurity security, String user, char[] password,
            List<X509Certificate> extraTrustedCertificates, Duration timeout) {
        this.host = Objects.requireNonNull(host, "host").trim(); //$NON-NLS-1$
        this.port = port;
        this.security = Objects.requireNonNull(security, "security"); //$NON-NLS-1$
        this.user = user == null ? "" : user; //$NON-NLS-1$
        this.password = password == null ? Secret.empty() : Secret.copyOf(password);
        this.extraTrustedCertificates = List.copyOf(Objects.requireNonNull(extraTrustedCertificates, "extraTrustedCertificates")); //$NON-NLS-1$
        this.timeout = Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
    }

    /** Plain settings without authentication or extra CAs, with a 30-second timeout. */
    public static SmtpSettings of(String host, int port, SmtpSecurity security) {
        return new SmtpSettings(host, port, security, "", null, List.of(), Duration.ofSeconds(30)); //$NON-NLS-1$
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public SmtpSecurity security() {
        return security;
    }

    public String user() {
        return user;
    }

    /** Whether AUTH is used (a user is set). */
    public boolean authenticates() {
        return !user.isEmpty();
    }

    /** A copy of the password; the caller clears it. */
    public char[] password() {
        return password.copy();
    }

    /** The password, owned by these settings: use it, do not close it. */
    public Secret secret() {
        return password;
    }

    public List<X509Certificate> extraTrustedCertificates() {
        return extraTrustedCertificates;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Wipes the held password. */
    public void clear() {
        password.close();
    }

    /** Same as {@link #clear()}. */
    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + security + " " + host + ":" + port + (authenticates() ? " user " + user : "") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}

package io.certdesk.delivery.internal;

import io.certdesk.core.tls.TrustingTlsContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.util.Arrays;
import java.util.Properties;

import javax.net.ssl.SSLException;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.osgi.util.NLS;

/**
 * One SMTP connection, reused for a whole batch. SMTPS or STARTTLS (required: a server that does not offer it
 * fails, there is no downgrade), the server's certificate checked against the JDK's CAs plus extra ones and
 * its host name verified; clear text only to a loopback address.
 */
public final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    private SmtpConnection(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    /** The Jakarta Mail session properties for the settings (protocol {@code smtps} or {@code smtp}). */
    public static Session session(SmtpSettings settings, String envelopeFrom) throws DeliveryException {
        String protocol = settings.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp"; //$NON-NLS-1$ //$NON-NLS-2$
        String p = "mail." + protocol + "."; //$NON-NLS-1$ //$NON-NLS-2$
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol); //$NON-NLS-1$
        properties.put(p + "host", settings.host()); //$NON-NLS-1$
        properties.put(p + "port", Integer.toString(settings.port())); //$NON-NLS-1$
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.put(p + "connectiontimeout", timeout); //$NON-NLS-1$
        properties.put(p + "timeout", timeout); //$NON-NLS-1$
        properties.put(p + "writetimeout", timeout); //$NON-NLS-1$
        properties.put(p + "from", envelopeFrom); //$NON-NLS-1$
        properties.put(p + "auth", Boolean.toString(settings.authenticates())); //$NON-NLS-1$
        switch (settings.security()) {
            case SMTPS -> {
                properties.put(p + "ssl.enable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                tls(properties, p, settings);
            }
            case STARTTLS_REQUIRED -> {
                properties.put(p + "starttls.enable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                properties.put(p + "starttls.required", "true"); //$NON-NLS-1$ //$NON-NLS-2$
                tls(properties, p, settings);
            }
            case NONE_LOOPBACK_ONLY -> {
                requireLoopback(settings);
                properties.put(p + "starttls.enable", "false"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return Session.getInstance(properties);
    }

    private static void tls(Properties properties, String p, SmtpSettings settings) throws DeliveryException {
        properties.put(p + "ssl.checkserveridentity", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        properties.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            properties.put(p + "ssl.socketFactory", TrustingTlsContext.create(settings.extraTrustedCertificates()).getSocketFactory()); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_TLS_FAILED, settings.host(), e.getMessage(), e);
        }
    }

    /** Clear text is allowed only to this computer. */
    public static void requireLoopback(SmtpSettings settings) throws DeliveryException {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(settings.host());
            if (addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
                return;
            }
        } catch (UnknownHostException e) {
            // refused below
        }
        throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, settings.host(),
                NLS.bind(Messages.clearTextNotLoopback, settings.host()));
    }

    /** Connects (and authenticates); the failure says whether it was the network, TLS or the credentials. */
    public static SmtpConnection open(SmtpSettings settings, Session session) throws DeliveryException {
        Transport transport;
        try {
            transport = session.getTransport();
        } catch (MessagingException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, settings.host(), e.getMessage(), e);
        }
        try {
            if (settings.authenticates()) {
                // Jakarta Mail takes the password as a String; it lives only for this call.
                transport.connect(settings.host(), settings.port(), settings.user(), settings.secret().apply(String::new));
            } else {
                transport.connect();
            }
            return new SmtpConnection(session, transport);
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_AUTH_FAILED, where(settings), safeMessage(e), e);
        } catch (MessagingException e) {
            throw new DeliveryException(connectFailureCode(e), where(settings), safeMessage(e), e);
        }
    }

    /** The session messages are built in. */
    public Session session() {
        return session;
    }

    /** Whether the connection is still usable (a NOOP round trip). */
    public boolean isConnected() {
        return transport.isConnected();
    }

    /** Hands one message to the server and classifies the answer. */
    public SendOutcome send(MimeMessage message, Address[] envelope) {
        try {
            transport.sendMessage(message, envelope);
            return new SendOutcome(SendOutcome.Kind.ACCEPTED, lastCode(), lastReply());
        } catch (SendFailedException e) {
            int code = replyCode(e);
            if (code >= 400 && code < 500) {
                return new SendOutcome(SendOutcome.Kind.TRANSIENT, code, reply(e));
            }
            if (code >= 500 && code < 600) {
                return new SendOutcome(SendOutcome.Kind.PERMANENT, code, reply(e));
            }
            return new SendOutcome(SendOutcome.Kind.UNKNOWN, code, safeMessage(e));
        } catch (MessagingException | IllegalStateException e) {
            // The connection broke while the message was on its way: the server may have it.
            close();
            return new SendOutcome(SendOutcome.Kind.UNKNOWN, 0, safeMessage(e));
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // closing a broken connection: nothing left to do
        }
    }

    private int lastCode() {
        return transport instanceof SMTPTransport smtp ? smtp.getLastReturnCode() : 250;
    }

    private String lastReply() {
        return transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null
                ? smtp.getLastServerResponse().strip() : "250"; //$NON-NLS-1$
    }

    private static int replyCode(MessagingException e) {
        for (Exception current = e; current != null; ) {
            if (current instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return 0;
    }

    private static String reply(MessagingException e) {
        for (Exception current = e; current != null; ) {
            if (current instanceof SMTPAddressFailedException failed) {
                return failed.getMessage().strip();
            }
            if (current instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
                return failed.getMessage().strip();
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return safeMessage(e);
    }

    private static ErrorCode connectFailureCode(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof MessagingException m ? m.getNextException() : null) {
            if (t instanceof SSLException || t instanceof CertificateException
                    || (t.getMessage() != null && (t.getMessage().contains("STARTTLS") //$NON-NLS-1$
                            || t.getMessage().contains("identity")))) { //$NON-NLS-1$
                return ErrorCode.DELIVERY_TLS_FAILED;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return ErrorCode.DELIVERY_CONNECT_FAILED;
            }
            if (t instanceof IOException && t.getCause() == null) {
                return ErrorCode.DELIVERY_CONNECT_FAILED;
            }
        }
        return ErrorCode.DELIVERY_CONNECT_FAILED;
    }

    private static String where(SmtpSettings settings) {
        return settings.host() + ":" + settings.port(); //$NON-NLS-1$
    }

    /** The exception's message with its causes', on one line (servers' answers, never our secrets). */
    static String safeMessage(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 400; t = t.getCause()) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage())) {
                if (out.length() > 0) {
                    out.append(": "); //$NON-NLS-1$
                }
                out.append(t.getMessage());
            }
        }
        return out.toString().replaceAll("[\\r\\n]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

package io.certdesk.portal.client.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.internal.Outcome.Failed;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.client5.http.impl.TunnelRefusedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Maps what went wrong while connecting and sending to a catalogue code, and decides whether a retry is
 * safe: only when the request cannot have reached the portal (connection refused or timed out while
 * connecting). Everything after the request may have been sent is final: it may have consumed the
 * download.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /** A failure before the answer's headers arrived. */
    public static Failed beforeAnswer(Throwable error, boolean viaProxy) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TunnelRefusedException refused) {
                int status = refused.getResponse() != null ? refused.getResponse().getCode() : 0;
                return status == 407
                        ? Failed.finalFailure(ErrorCode.COMM_PROXY_AUTH_FAILED, "the proxy answered 407 (Proxy Authentication Required)") //$NON-NLS-1$
                        : Failed.finalFailure(ErrorCode.COMM_PROXY_FAILED, "the proxy refused the tunnel: HTTP " + status); //$NON-NLS-1$
            }
        }
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isKnown(t)) {
                root = t;
                break;
            }
        }
        String detail = detail(root);
        if (root instanceof ConnectTimeoutException || root instanceof HttpHostConnectException
                || root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return Failed.retryable(viaProxy ? ErrorCode.COMM_PROXY_FAILED : ErrorCode.COMM_CANNOT_CONNECT, detail);
        }
        if (root instanceof UnknownHostException) {
            return Failed.finalFailure(viaProxy ? ErrorCode.COMM_PROXY_FAILED : ErrorCode.COMM_CANNOT_CONNECT,
                    "unknown host " + root.getMessage()); //$NON-NLS-1$
        }
        if (root instanceof UnsupportedSchemeException || root instanceof IllegalArgumentException) {
            return Failed.finalFailure(ErrorCode.COMM_REQUEST_NOT_CREATED, detail);
        }
        if (root instanceof SSLPeerUnverifiedException) {
            return Failed.finalFailure(ErrorCode.COMM_TLS_HOST_MISMATCH, detail);
        }
        if (root instanceof SSLException) {
            return tls((SSLException) root);
        }
        if (root instanceof NoHttpResponseException) {
            return Failed.finalFailure(ErrorCode.COMM_NO_RESPONSE, detail);
        }
        if (root instanceof SocketTimeoutException) {
            return Failed.finalFailure(ErrorCode.COMM_RESPONSE_TIMEOUT, detail);
        }
        if (root instanceof ConnectionClosedException || root instanceof SocketException) {
            return Failed.finalFailure(ErrorCode.COMM_SEND_FAILED, detail);
        }
        if (root instanceof java.io.IOException) {
            return Failed.finalFailure(ErrorCode.COMM_SEND_FAILED, detail);
        }
        return Failed.finalFailure(ErrorCode.UNKNOWN, detail);
    }

    /** A failure while the body was arriving. */
    public static Failed whileReading(Throwable error) {
        if (error instanceof SocketTimeoutException) {
            return Failed.finalFailure(ErrorCode.COMM_RESPONSE_TIMEOUT, "no data for longer than the response timeout"); //$NON-NLS-1$
        }
        return Failed.finalFailure(ErrorCode.COMM_TRUNCATED, detail(error));
    }

    private static boolean isKnown(Throwable t) {
        return t instanceof ConnectTimeoutException || t instanceof HttpHostConnectException || t instanceof ConnectException
                || t instanceof NoRouteToHostException || t instanceof UnknownHostException || t instanceof SSLException
                || t instanceof NoHttpResponseException || t instanceof SocketTimeoutException
                || t instanceof ConnectionClosedException || t instanceof UnsupportedSchemeException;
    }

    private static Failed tls(SSLException error) {
        String detail = detail(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no subject alternative") || message.contains("no name matching") //$NON-NLS-1$ //$NON-NLS-2$
                    || message.contains("doesn't match")) { //$NON-NLS-1$
                return Failed.finalFailure(ErrorCode.COMM_TLS_HOST_MISMATCH, detail);
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || message.contains("pkix path") || message.contains("unable to find valid certification path")) { //$NON-NLS-1$ //$NON-NLS-2$
                return Failed.finalFailure(ErrorCode.COMM_TLS_UNTRUSTED, detail);
            }
        }
        if (error instanceof SSLHandshakeException && error.getCause() instanceof CertificateException) {
            return Failed.finalFailure(ErrorCode.COMM_TLS_UNTRUSTED, detail);
        }
        return Failed.finalFailure(ErrorCode.COMM_TLS_FAILED, detail);
    }

    /** The exception's type and message; HttpClient's and the JDK's messages hold no request body. */
    static String detail(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message != null ? ": " + message : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

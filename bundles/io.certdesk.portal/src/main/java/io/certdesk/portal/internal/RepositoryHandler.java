package io.certdesk.portal.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The CA repository over plain HTTP, as the AIA caIssuers addresses name it: {@code GET <path>root.crt} and
 * {@code <path>intermediate.crt}, DER, {@code application/pkix-cert}.
 */
public final class RepositoryHandler implements HttpHandler {

    private final String path;
    private final Map<String, X509Certificate> certificates;

    public RepositoryHandler(String path, X509Certificate root, X509Certificate intermediate) {
        this.path = path;
        this.certificates = Map.of("root.crt", root, "intermediate.crt", intermediate); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requested = exchange.getRequestURI().getPath();
            X509Certificate certificate = requested.startsWith(path) ? certificates.get(requested.substring(path.length()))
                    : null;
            if (!"GET".equals(exchange.getRequestMethod()) || certificate == null) { //$NON-NLS-1$
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] der = certificate.getEncoded();
            exchange.getResponseHeaders().set("Content-Type", "application/pkix-cert"); //$NON-NLS-1$ //$NON-NLS-2$
            exchange.sendResponseHeaders(200, der.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(der);
            }
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }
}

package io.certdesk.core.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * CertDesk's TLS trust for outgoing connections (portal downloads, SMTP): the Java runtime's trusted CAs plus the
 * administrator's extra CA certificates (a company CA, a TLS-inspecting proxy, a portal profile's CA). A server
 * certificate is accepted when either set trusts it; nothing is ever accepted without a verified path, and there
 * is no switch to turn verification off. Host names are checked by the connection (HTTPS endpoint identification,
 * Jakarta Mail's {@code ssl.checkserveridentity}).
 */
public final class TrustingTlsContext {

    private TrustingTlsContext() {
    }

    public static SSLContext create(List<X509Certificate> extraCas) throws GeneralSecurityException {
        java.util.Objects.requireNonNull(extraCas, "extraCas"); //$NON-NLS-1$
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(x509(null));
        if (!extraCas.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (X509Certificate ca : extraCas) {
                store.setCertificateEntry("extra-" + i++, ca); //$NON-NLS-1$
            }
            managers.add(x509(store));
        }
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(null, new TrustManager[] { new AnyOf(managers) }, null);
        return context;
    }

    private static X509TrustManager x509(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("No X509TrustManager available"); //$NON-NLS-1$
    }

    /** Trusts what any of its managers trusts; otherwise fails with the first manager's reason. */
    private static final class AnyOf implements X509TrustManager {
        private final List<X509TrustManager> managers;

        AnyOf(List<X509TrustManager> managers) {
            this.managers = List.copyOf(managers);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("CertDesk does not accept client connections"); //$NON-NLS-1$
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException first = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}

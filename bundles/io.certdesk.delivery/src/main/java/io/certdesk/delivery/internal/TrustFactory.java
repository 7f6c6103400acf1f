package io.certdesk.delivery.internal;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS sockets that trust the JDK's CA certificates plus the administrator's extra CAs (a company CA, or a
 * test server's certificate). The host name is checked by Jakarta Mail ({@code ssl.checkserveridentity}).
 */
final class TrustFactory {

    private TrustFactory() {
    }

    static SSLSocketFactory socketFactory(List<X509Certificate> extra) throws GeneralSecurityException {
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(trustManager(null));
        if (!extra.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (X509Certificate certificate : extra) {
                store.setCertificateEntry("extra-" + i++, certificate); //$NON-NLS-1$
            }
            managers.add(trustManager(store));
        }
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(null, new TrustManager[] { new AnyOf(managers) }, null);
        return context.getSocketFactory();
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager"); //$NON-NLS-1$
    }

    /** Trusts a server chain when any of the managers does. */
    private static final class AnyOf implements X509TrustManager {
        private final List<X509TrustManager> managers;

        AnyOf(List<X509TrustManager> managers) {
            this.managers = List.copyOf(managers);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last != null ? last : new CertificateException("no trust manager"); //$NON-NLS-1$
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not checked here"); //$NON-NLS-1$
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}

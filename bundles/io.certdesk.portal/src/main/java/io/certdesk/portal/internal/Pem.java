package io.certdesk.portal.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** PEM text for certificates and PKCS#8 private keys. */
public final class Pem {

    private static final String CERTIFICATE = "CERTIFICATE"; //$NON-NLS-1$
    private static final String PRIVATE_KEY = "PRIVATE KEY"; //$NON-NLS-1$

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) throws GeneralSecurityException {
        return encode(CERTIFICATE, certificate.getEncoded());
    }

    public static String privateKey(PrivateKey key) {
        return encode(PRIVATE_KEY, key.getEncoded());
    }

    public static X509Certificate readCertificate(String pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                .generateCertificate(new ByteArrayInputStream(decode(CERTIFICATE, pem)));
    }

    public static PrivateKey readRsaKey(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(PRIVATE_KEY, pem))); //$NON-NLS-1$
    }

    static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der); //$NON-NLS-1$
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    static byte[] decode(String type, String pem) throws GeneralSecurityException {
        String begin = "-----BEGIN " + type + "-----"; //$NON-NLS-1$ //$NON-NLS-2$
        String end = "-----END " + type + "-----"; //$NON-NLS-1$ //$NON-NLS-2$
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException("No PEM block of type " + type); //$NON-NLS-1$
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}

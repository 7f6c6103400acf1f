package io.certdesk.crypto.testing;

import java.io.ByteArrayInputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM blocks in tool output. */
public final class Pem {

    private Pem() {
    }

    /** The DER contents of every block of that type, in order. */
    public static List<byte[]> blocks(String text, String type) {
        Pattern pattern = Pattern.compile("-----BEGIN " + type + "-----\\s*([A-Za-z0-9+/=\\s]+?)-----END " + type + "-----");
        Matcher matcher = pattern.matcher(text);
        List<byte[]> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(Base64.getMimeDecoder().decode(matcher.group(1)));
        }
        return blocks;
    }

    /** PEM text of one block. */
    public static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static List<X509Certificate> certificates(String text) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : blocks(text, "CERTIFICATE")) {
            certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        return certificates;
    }

    public static PrivateKey rsaPrivateKey(byte[] pkcs8) throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }
}

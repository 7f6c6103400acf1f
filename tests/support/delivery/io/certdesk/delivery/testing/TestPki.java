package io.certdesk.delivery.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Certificates made with the real openssl tool: server TLS keys and the users' PKCS#12 files. */
public final class TestPki {

    public static final String STORE_PASSWORD = "changeit";

    private TestPki() {
    }

    /** A self-signed server certificate for {@code host} as PKCS#12 (alias "server") and PEM certificate. */
    public record ServerKey(Path p12, Path certificatePem) {

        public X509Certificate certificate() throws Exception {
            try (InputStream in = Files.newInputStream(certificatePem)) {
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
        }

        public SSLContext serverContext() throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                store.load(in, STORE_PASSWORD.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        }
    }

    public static ServerKey serverKey(Path dir, String host) throws IOException, InterruptedException {
        ExternalTool openssl = ExternalTool.require("openssl", "openssl");
        Files.createDirectories(dir);
        Path key = dir.resolve(host + ".key");
        Path cert = dir.resolve(host + ".pem");
        Path p12 = dir.resolve(host + ".p12");
        openssl.runOk("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + host, "-addext",
                "subjectAltName=DNS:" + host, "-days", "2", "-keyout", key.toString(), "-out", cert.toString());
        openssl.runOk("pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(), "-out", p12.toString(),
                "-passout", "pass:" + STORE_PASSWORD, "-name", "server");
        return new ServerKey(p12, cert);
    }

    /** A user's PKCS#12 (key + self-signed certificate) protected by {@code password}. */
    public static Path userP12(Path dir, String commonName, String password) throws IOException, InterruptedException {
        ExternalTool openssl = ExternalTool.require("openssl", "openssl");
        Files.createDirectories(dir);
        String base = "user-" + Integer.toHexString(commonName.hashCode());
        Path key = dir.resolve(base + ".key");
        Path cert = dir.resolve(base + ".pem");
        Path p12 = dir.resolve(base + ".p12");
        openssl.runOk("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj",
                "/CN=" + commonName + "/O=CertDesk Test", "-days", "30", "-keyout", key.toString(), "-out",
                cert.toString());
        openssl.runOk("pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(), "-out", p12.toString(),
                "-passout", "pass:" + password, "-name", commonName);
        Files.delete(key);
        return p12;
    }
}

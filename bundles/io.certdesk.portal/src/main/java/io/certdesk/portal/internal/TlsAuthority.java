package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.internal.CertificateMaker.Issuer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The TLS side of the portal: a private TLS CA made once per data folder (its certificate,
 * {@code tls/ca.pem}, is what a client must trust) and a server certificate issued at every start for the
 * host names asked for, written to {@code tls/server.pem}.
 */
public final class TlsAuthority {

    private static final String TLS_CA_CN = "CertDesk Reference Portal TLS CA"; //$NON-NLS-1$

    private final Issuer ca;

    private TlsAuthority(Issuer ca) {
        this.ca = ca;
    }

    public static TlsAuthority loadOrCreate(PortalDataFolder folder, CertificateMaker maker, Instant now)
            throws IOException, GeneralSecurityException {
        Path keyFile = folder.tlsFolder().resolve("ca.key.pem"); //$NON-NLS-1$
        if (Files.isRegularFile(folder.tlsCaCertificate()) && Files.isRegularFile(keyFile)) {
            return new TlsAuthority(Issuer.of(
                    Pem.readCertificate(Files.readString(folder.tlsCaCertificate(), StandardCharsets.US_ASCII)),
                    Pem.readRsaKey(Files.readString(keyFile, StandardCharsets.US_ASCII))));
        }
        OwnerOnly.directories(folder.tlsFolder());
        KeyPair key = maker.rsaKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP") //$NON-NLS-1$
                .addRDN(BCStyle.O, PortalCa.CA_ORGANIZATION).addRDN(BCStyle.CN, TLS_CA_CN).build();
        Instant from = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        X509Certificate certificate = maker.ca(name, key, Optional.empty(), from, from.plus(10 * 366, ChronoUnit.DAYS),
                Optional.empty());
        DurableFiles.write(keyFile, Pem.privateKey(key.getPrivate()).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        DurableFiles.write(folder.tlsCaCertificate(), Pem.certificate(certificate).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        return new TlsAuthority(Issuer.of(certificate, key.getPrivate()));
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /**
     * A server SSL context with a new certificate for {@code hostNames} (DNS names or IP addresses),
     * valid a year around {@code now}; the certificate is also written to {@code tls/server.pem}.
     */
    public SSLContext serverContext(PortalDataFolder folder, List<String> hostNames, CertificateMaker maker, Instant now)
            throws IOException, GeneralSecurityException {
        KeyPair key = maker.rsaKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP") //$NON-NLS-1$
                .addRDN(BCStyle.O, PortalCa.CA_ORGANIZATION).addRDN(BCStyle.CN, hostNames.get(0)).build();
        X509Certificate server = maker.tlsServer(subject, hostNames, key.getPublic(), ca,
                now.minus(1, ChronoUnit.DAYS), now.plus(366, ChronoUnit.DAYS));
        DurableFiles.write(folder.tlsServerCertificate(), (Pem.certificate(server) + Pem.certificate(ca.certificate()))
                .getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        char[] keyPassword = "in-memory".toCharArray(); //$NON-NLS-1$
        KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        store.load(null, null);
        store.setKeyEntry("server", key.getPrivate(), keyPassword, new Certificate[] { server, ca.certificate() }); //$NON-NLS-1$
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, keyPassword);
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}

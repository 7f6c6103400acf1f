package io.certdesk.workspace.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small test PKI made with Bouncy Castle: a root and an issuing CA (EC P-256, fast), and client certificates
 * packed as the portal delivers them: PKCS#12 with key, leaf and root, protected by the retrieval password
 * (compat profile, 2,048 iterations, like a portal's file).
 */
public final class TestCertificates {

    public static final BouncyCastleProvider BC = new BouncyCastleProvider();
    public static final String ROOT = "CN=CertDesk Workspace Test Root,O=CertDesk Test,C=JP";
    public static final String ISSUING = "CN=CertDesk Workspace Test Issuing CA,O=CertDesk Test,C=JP";
    private static final AtomicLong SERIAL = new AtomicLong(0x5000);
    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create(BC);

    public final KeyPair rootKey = ec();
    public final KeyPair issuingKey = ec();
    public final X509Certificate root;
    public final X509Certificate issuing;

    public TestCertificates() {
        root = sign(ROOT, rootKey.getPublic(), ROOT, rootKey.getPrivate(), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2060-01-01T00:00:00Z"), true);
        issuing = sign(ISSUING, issuingKey.getPublic(), ROOT, rootKey.getPrivate(), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2059-01-01T00:00:00Z"), true);
    }

    /** A portal-like PKCS#12 for {@code subject}, valid between the two instants. */
    public byte[] issue(String subject, Instant notBefore, Instant notAfter, char[] retrievalPassword) {
        KeyPair key = ec();
        X509Certificate leaf = sign(subject, key.getPublic(), ISSUING, issuingKey.getPrivate(), notBefore, notAfter, false);
        Pkcs12Contents contents = new Pkcs12Contents("portal", key.getPrivate(), leaf, List.of(issuing, root), Optional.empty(), List.of());
        CertificateChain chain = new CertificateChain(List.of(leaf, issuing, root),
                List.of(ChainSource.FILE, ChainSource.FILE, ChainSource.FILE), true, List.of());
        try {
            return ENGINE.export(contents, chain, ExportOptions.builder(ExportProfile.COMPAT).iterations(2048).build(), retrievalPassword);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 with the leaf only (no CA certificate): its AIA caIssuers address names where its issuer is. */
    public byte[] issueWithAia(String subject, Instant notBefore, Instant notAfter, char[] retrievalPassword, String aia) {
        KeyPair key = ec();
        X509Certificate leaf = sign(subject, key.getPublic(), ISSUING, issuingKey.getPrivate(), notBefore, notAfter, false, aia);
        Pkcs12Contents contents = new Pkcs12Contents("portal", key.getPrivate(), leaf, List.of(), Optional.empty(), List.of());
        CertificateChain chain = new CertificateChain(List.of(leaf), List.of(ChainSource.FILE), false, List.of());
        try {
            return ENGINE.export(contents, chain, ExportOptions.builder(ExportProfile.COMPAT).iterations(2048).build(), retrievalPassword);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Pkcs12Engine engine() {
        return ENGINE;
    }

    public static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(String subject, PublicKey key, String issuer, PrivateKey issuerKey, Instant from,
            Instant to, boolean ca) {
        return sign(subject, key, issuer, issuerKey, from, to, ca, null);
    }

    private static X509Certificate sign(String subject, PublicKey key, String issuer, PrivateKey issuerKey, Instant from,
            Instant to, boolean ca, String aia) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject), key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
            if (aia != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new org.bouncycastle.asn1.x509.AuthorityInformationAccess(
                        org.bouncycastle.asn1.x509.AccessDescription.id_ad_caIssuers,
                        new org.bouncycastle.asn1.x509.GeneralName(org.bouncycastle.asn1.x509.GeneralName.uniformResourceIdentifier, aia)));
            }
            return new JcaX509CertificateConverter().setProvider(BC)
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

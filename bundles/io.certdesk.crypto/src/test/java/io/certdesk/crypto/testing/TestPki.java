package io.certdesk.crypto.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI made with Bouncy Castle: root, issuing (intermediate) CA and a client certificate with
 * Japanese subject names, RSA 2048 like the portals issue. Nothing here is committed except corpus files
 * under src/test/resources/testdata.
 */
public final class TestPki {

    public static final Provider BC = new BouncyCastleProvider();
    public static final String ROOT_NAME = "CN=CertDesk Test Root CA,O=CertDesk Test,C=JP";
    public static final String ISSUING_NAME = "CN=CertDesk Test Issuing CA 1,O=CertDesk Test,C=JP";
    public static final String LEAF_NAME = "CN=\u5c71\u7530 \u592a\u90ce,OU=\u7d4c\u7406\u90e8,O=\u30c6\u30b9\u30c8\u682a\u5f0f\u4f1a\u793e,C=JP";
    private static final AtomicLong SERIAL = new AtomicLong(0x1000);
    private static TestPki shared;

    public final KeyPair rootKey;
    public final KeyPair issuingKey;
    public final KeyPair leafKey;
    public final X509Certificate root;
    public final X509Certificate issuing;
    public final X509Certificate leaf;

    private TestPki(KeyPair rootKey, KeyPair issuingKey, KeyPair leafKey, X509Certificate root,
            X509Certificate issuing, X509Certificate leaf) {
        this.rootKey = rootKey;
        this.issuingKey = issuingKey;
        this.leafKey = leafKey;
        this.root = root;
        this.issuing = issuing;
        this.leaf = leaf;
    }

    /** One PKI for the whole test run (key generation is the slow part). */
    public static synchronized TestPki shared() {
        if (shared == null) {
            shared = create(null);
        }
        return shared;
    }

    /** A new PKI; when {@code issuingAia} is given the leaf names it as caIssuers address. */
    public static TestPki create(String issuingAia) {
        KeyPair rootKey = rsa();
        KeyPair issuingKey = rsa();
        KeyPair leafKey = rsa();
        Instant now = Instant.now();
        X509Certificate root = ca(ROOT_NAME, rootKey, ROOT_NAME, rootKey.getPrivate(), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2055-01-01T00:00:00Z"));
        X509Certificate issuing = ca(ISSUING_NAME, issuingKey, ROOT_NAME, rootKey.getPrivate(),
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2054-01-01T00:00:00Z"));
        X509Certificate leaf = leaf(LEAF_NAME, leafKey.getPublic(), ISSUING_NAME, issuingKey.getPrivate(),
                now.minus(1, ChronoUnit.DAYS), now.plus(366, ChronoUnit.DAYS), issuingAia);
        return new TestPki(rootKey, issuingKey, leafKey, root, issuing, leaf);
    }

    /** A PKI whose leaf stays valid until 2053 (for files committed under testdata). */
    public static TestPki longLived() {
        KeyPair rootKey = rsa();
        KeyPair issuingKey = rsa();
        KeyPair leafKey = rsa();
        X509Certificate root = ca(ROOT_NAME, rootKey, ROOT_NAME, rootKey.getPrivate(), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2055-01-01T00:00:00Z"));
        X509Certificate issuing = ca(ISSUING_NAME, issuingKey, ROOT_NAME, rootKey.getPrivate(),
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2054-01-01T00:00:00Z"));
        X509Certificate leaf = leaf(LEAF_NAME, leafKey.getPublic(), ISSUING_NAME, issuingKey.getPrivate(),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2053-12-31T00:00:00Z"), null);
        return new TestPki(rootKey, issuingKey, leafKey, root, issuing, leaf);
    }

    /** Leaf, issuing CA, root. */
    public List<X509Certificate> chain() {
        return List.of(leaf, issuing, root);
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate ca(String subject, KeyPair key, String issuer, PrivateKey issuerKey, Instant from,
            Instant to) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(subject, key.getPublic(), issuer, from, to)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
            return sign(builder, issuerKey);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate leaf(String subject, PublicKey key, String issuer, PrivateKey issuerKey, Instant from,
            Instant to, String aia) {
        try {
            X509v3CertificateBuilder builder = builder(subject, key, issuer, from, to)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] { KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection }));
            if (aia != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, aia)));
            }
            return sign(builder, issuerKey);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509v3CertificateBuilder builder(String subject, PublicKey key, String issuer, Instant from,
            Instant to) {
        return new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(from), Date.from(to), new X500Name(subject), key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter().setProvider(BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(issuerKey)));
    }
}

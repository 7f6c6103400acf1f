package io.certdesk.portal.internal;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the portal's certificates with Bouncy Castle: CA certificates, client-authentication certificates
 * with an AIA caIssuers address, and TLS server certificates. RSA 2048 and SHA256withRSA, as the services
 * issue; random 127-bit serial numbers.
 */
public final class CertificateMaker {

    private final SecureRandom random;

    public CertificateMaker(SecureRandom random) {
        this.random = random;
    }

    public KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA"); //$NON-NLS-1$
        generator.initialize(2048, random);
        return generator.generateKeyPair();
    }

    /** A CA certificate; self-signed when {@code issuer} is empty. */
    public X509Certificate ca(X500Name subject, KeyPair key, Optional<Issuer> issuer, Instant from, Instant to,
            Optional<String> caIssuersUrl) throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X500Name issuerName = issuer.map(Issuer::name).orElse(subject);
            PrivateKey signingKey = issuer.map(Issuer::key).orElse(key.getPrivate());
            X509v3CertificateBuilder builder = builder(issuerName, subject, key.getPublic(), from, to)
                    .addExtension(Extension.basicConstraints, true, issuer.isEmpty() ? new BasicConstraints(true)
                            : new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
            if (issuer.isPresent()) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuer.get().certificate()));
            }
            caIssuers(builder, caIssuersUrl);
            return sign(builder, signingKey);
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A client-authentication certificate (digital signature, key encipherment; clientAuth, emailProtection). */
    public X509Certificate client(X500Name subject, String email, PublicKey key, Issuer issuer, Instant from, Instant to,
            String caIssuersUrl) throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(issuer.name(), subject, key, from, to)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] { KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection }))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(issuer.certificate()));
            caIssuers(builder, Optional.of(caIssuersUrl));
            return sign(builder, issuer.key());
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A TLS server certificate for the host names and IP addresses given. */
    public X509Certificate tlsServer(X500Name subject, List<String> hostNames, PublicKey key, Issuer issuer,
            Instant from, Instant to) throws GeneralSecurityException {
        try {
            List<ASN1Encodable> names = new ArrayList<>();
            for (String host : hostNames) {
                names.add(isIpAddress(host) ? new GeneralName(GeneralName.iPAddress, InetAddress.getByName(host).getHostAddress())
                        : new GeneralName(GeneralName.dNSName, host));
            }
            X509v3CertificateBuilder builder = builder(issuer.name(), subject, key, from, to)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            GeneralNames.getInstance(new DERSequence(names.toArray(ASN1Encodable[]::new))));
            return sign(builder, issuer.key());
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static boolean isIpAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Instant from, Instant to) {
        BigInteger serial = new BigInteger(127, random).setBit(120);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to), subject, key);
    }

    private static void caIssuers(X509v3CertificateBuilder builder, Optional<String> url) throws CertIOException {
        if (url.isPresent()) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, url.get())));
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key))); //$NON-NLS-1$
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A CA that signs: its name, certificate and key. */
    public record Issuer(X500Name name, X509Certificate certificate, PrivateKey key) {
        public static Issuer of(X509Certificate certificate, PrivateKey key) {
            return new Issuer(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), certificate, key);
        }
    }
}

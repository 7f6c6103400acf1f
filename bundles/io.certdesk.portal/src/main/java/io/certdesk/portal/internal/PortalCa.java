package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.internal.CertificateMaker.Issuer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The portal's issuing CA: a root and an intermediate that signs the client certificates. Made once per
 * data folder, then loaded. The intermediate's AIA points at the root in the repository; the
 * client certificates' AIA points at the intermediate.
 */
public record PortalCa(X509Certificate root, Issuer intermediate) {

    public static final String ROOT_CN = "CertDesk Reference Root CA"; //$NON-NLS-1$
    public static final String INTERMEDIATE_CN = "CertDesk Reference Client CA G1"; //$NON-NLS-1$
    public static final String CA_ORGANIZATION = "CertDesk Reference Portal"; //$NON-NLS-1$

    public static PortalCa loadOrCreate(PortalDataFolder folder, PortalSettings settings, CertificateMaker maker,
            Instant now) throws IOException, GeneralSecurityException {
        Path rootKeyFile = folder.caFolder().resolve("root.key.pem"); //$NON-NLS-1$
        Path intermediateKeyFile = folder.caFolder().resolve("intermediate.key.pem"); //$NON-NLS-1$
        if (Files.isRegularFile(folder.intermediateCertificate()) && Files.isRegularFile(intermediateKeyFile)) {
            X509Certificate root = Pem.readCertificate(Files.readString(folder.rootCertificate(), StandardCharsets.US_ASCII));
            X509Certificate intermediate = Pem.readCertificate(
                    Files.readString(folder.intermediateCertificate(), StandardCharsets.US_ASCII));
            return new PortalCa(root, Issuer.of(intermediate,
                    Pem.readRsaKey(Files.readString(intermediateKeyFile, StandardCharsets.US_ASCII))));
        }
        OwnerOnly.directories(folder.caFolder());
        Instant from = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        KeyPair rootKey = maker.rsaKeyPair();
        X500Name rootName = name(ROOT_CN);
        X509Certificate root = maker.ca(rootName, rootKey, Optional.empty(), from, from.plus(20 * 366, ChronoUnit.DAYS),
                Optional.empty());
        KeyPair intermediateKey = maker.rsaKeyPair();
        X509Certificate intermediate = maker.ca(name(INTERMEDIATE_CN), intermediateKey,
                Optional.of(new Issuer(rootName, root, rootKey.getPrivate())), from,
                from.plus(10 * 366, ChronoUnit.DAYS), Optional.of(settings.rootUrl().toString()));
        DurableFiles.write(rootKeyFile, Pem.privateKey(rootKey.getPrivate()).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        DurableFiles.write(intermediateKeyFile,
                Pem.privateKey(intermediateKey.getPrivate()).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        DurableFiles.write(folder.rootCertificate(), Pem.certificate(root).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        DurableFiles.write(folder.intermediateCertificate(), Pem.certificate(intermediate).getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        return new PortalCa(root, Issuer.of(intermediate, intermediateKey.getPrivate()));
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP").addRDN(BCStyle.O, CA_ORGANIZATION) //$NON-NLS-1$
                .addRDN(BCStyle.CN, commonName).build();
    }
}

package io.certdesk.portal.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * The PKCS#12 the reference portal serves, built explicitly the way issuing portals build theirs:
 * certificates in an EncryptedData and the shrouded key in a Data part, both encrypted with
 * pbeWithSHAAnd3-KeyTripleDES-CBC (PKCS#12 PBE, SHA-1, 2,048 iterations, 8-byte salt), and a
 * HMAC-SHA-1 MAC over the whole with 2,048 iterations. Every reader of the last 20 years opens it
 * (Windows 7+, macOS Keychain, Android, OpenSSL 1.x and 3 without the legacy provider, Java 8+, NSS).
 * The key and the client certificate share a friendlyName and a localKeyId (SHA-1 of the certificate).
 */
public final class VendorPkcs12 {

    /** Iterations of the key derivation (both encryptions) and of the MAC key derivation. */
    public static final int ITERATIONS = 2048;

    private final Provider provider;
    private final SecureRandom random;

    public VendorPkcs12(Provider provider, SecureRandom random) {
        this.provider = provider;
        this.random = random;
    }

    /** The PKCS#12 bytes: {@code chain} is the client certificate first, then the CA certificates to include. */
    public byte[] build(PrivateKey key, List<X509Certificate> chain, String friendlyName, char[] password)
            throws GeneralSecurityException {
        try {
            X509Certificate leaf = chain.get(0);
            DERBMPString name = new DERBMPString(friendlyName);
            DEROctetString localKeyId = new DEROctetString(MessageDigest.getInstance("SHA-1").digest(leaf.getEncoded())); //$NON-NLS-1$
            List<PKCS12SafeBag> certificates = new ArrayList<>();
            certificates.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(leaf.getEncoded()))
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name)
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build());
            for (X509Certificate ca : chain.subList(1, chain.size())) {
                certificates.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(ca.getEncoded())).build());
            }
            PKCS12SafeBag keyBag = new PKCS12SafeBagBuilder(PrivateKeyInfo.getInstance(key.getEncoded()), encryptor(password))
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name)
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build();
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor(password), certificates.toArray(PKCS12SafeBag[]::new));
            pfx.addData(keyBag);
            return pfx.build(new JcePKCS12MacCalculatorBuilder(OIWObjectIdentifiers.idSHA1).setIterationCount(ITERATIONS)
                    .setProvider(provider), password).getEncoded(ASN1Encoding.DER);
        } catch (IOException | OperatorCreationException | PKCSException e) {
            throw new GeneralSecurityException("The PKCS#12 could not be built", e); //$NON-NLS-1$
        }
    }

    private OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
        return new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                .setIterationCount(ITERATIONS).setProvider(provider).setRandom(random).build(password);
    }
}

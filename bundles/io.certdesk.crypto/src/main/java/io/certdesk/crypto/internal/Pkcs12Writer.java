package io.certdesk.crypto.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Exception;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Writes a PKCS#12 file the way every common reader expects: the certificates (leaf first, then the CA
 * certificates) in one EncryptedData, then the shrouded key in a plain Data part, then the MAC. Every
 * algorithm comes from the {@link ExportProfile}. The key and the leaf carry the same friendlyName and localKeyId
 * (SHA-1 of the leaf certificate). Output is DER.
 * <p>
 * Salts: the modern profile's two PBES2 parts share one fresh salt (and so one PBKDF2 key, derived once), each with
 * its own random IV: one password protects the whole file, an attacker can already test passwords against the
 * MAC's cheaper derivation, and a key encrypting two CBC messages under distinct random IVs is ordinary use; it
 * saves one of an export's three 10,000-iteration derivations. The compat profile's PBE derives its IV from the
 * salt, so each of its parts gets a salt of its own.
 */
final class Pkcs12Writer {

    private final SecureRandom random;

    Pkcs12Writer(SecureRandom random) {
        this.random = random;
    }

    /** Writes the file; every key derived goes through {@code memo}, so reading the file back can find it there. */
    byte[] write(PrivateKey key, List<X509Certificate> chain, boolean rootInChain, ExportOptions options,
            char[] password, String source, DerivedKeys memo) throws Pkcs12Exception {
        try {
            X509Certificate leaf = chain.get(0);
            DERBMPString friendlyName = new DERBMPString(options.friendlyName().render(leaf));
            DEROctetString localKeyId = new DEROctetString(sha1(leaf.getEncoded()));
            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            certificateBags.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(leaf.getEncoded()))
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build());
            int last = rootInChain && !options.includeRoot() ? chain.size() - 1 : chain.size();
            for (X509Certificate ca : chain.subList(1, last)) {
                certificateBags.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(ca.getEncoded())).build());
            }
            byte[] fileSalt = newSalt(options.profile());
            PKCS12SafeBag keyBag = new PKCS12SafeBagBuilder(PrivateKeyInfo.getInstance(key.getEncoded()),
                    encryptor(options, password, fileSalt, memo))
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build();
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor(options, password, fileSalt, memo),
                    certificateBags.toArray(PKCS12SafeBag[]::new));
            pfx.addData(keyBag);
            return pfx.build(mac(options, memo), password).getEncoded(ASN1Encoding.DER);
        } catch (IOException | CertificateEncodingException | OperatorCreationException | PKCSException
                | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.UNKNOWN, source, Messages.exportFailed, e);
        }
    }

    /** A fresh encryptor for one encrypted part: new IV; the file's salt (modern) or a new one (compat). */
    private OutputEncryptor encryptor(ExportOptions options, char[] password, byte[] fileSalt, DerivedKeys memo)
            throws OperatorCreationException {
        ExportProfile profile = options.profile();
        return switch (profile) {
            case MODERN -> JdkPbes2Encryptor.create(password, options.iterations(), fileSalt, random, memo);
            case COMPAT -> JdkTripleDesEncryptor.create(password, options.iterations(), profile.saltLength(), random,
                    memo);
        };
    }

    private byte[] newSalt(ExportProfile profile) {
        byte[] salt = new byte[profile.saltLength()];
        random.nextBytes(salt);
        return salt;
    }

    private PKCS12MacCalculatorBuilder mac(ExportOptions options, DerivedKeys memo) {
        ExportProfile profile = options.profile();
        return JdkPkcs12Mac.builder(switch (profile) {
            case MODERN -> Oids.SHA256;
            case COMPAT -> Oids.SHA1;
        }, options.iterations(), profile.macSaltLength(), random, memo);
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

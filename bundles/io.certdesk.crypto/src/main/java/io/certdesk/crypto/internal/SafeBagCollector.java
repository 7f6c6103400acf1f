package io.certdesk.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.Protection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.Streams;
import org.eclipse.osgi.util.NLS;

/**
 * Collects the keys and certificates of the safe bags of one file: decrypts shrouded keys (after the
 * {@link ParameterGuard} has accepted their parameters), parses certificates, keeps friendlyName and
 * localKeyId attributes. Other bag types (CRLs, secrets) are skipped.
 */
final class SafeBagCollector {

    /** Most bags accepted in one file. */
    static final int MAX_BAGS = 64;
    private static final int MAX_NESTING = 2;

    /** A key or certificate with the attributes of its bag. */
    record Entry<T>(T value, Optional<String> friendlyName, Optional<byte[]> localKeyId) {
    }

    private final String source;
    private final Provider provider;
    private final ParameterGuard guard;
    private final InputDecryptorProvider decryptors;
    private final boolean macVerified;
    private final List<Entry<PrivateKeyInfo>> keys = new ArrayList<>();
    private final List<Entry<X509Certificate>> certificates = new ArrayList<>();
    private final List<Protection> protections = new ArrayList<>();
    private int bags;

    SafeBagCollector(String source, Provider provider, ParameterGuard guard, InputDecryptorProvider decryptors,
            boolean macVerified) {
        this.source = source;
        this.provider = provider;
        this.guard = guard;
        this.decryptors = decryptors;
        this.macVerified = macVerified;
    }

    /** Decodes a SafeContents sequence. */
    List<SafeBag> decode(byte[] safeContents) throws Pkcs12Exception {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(safeContents));
            List<SafeBag> result = new ArrayList<>();
            for (ASN1Encodable element : sequence) {
                result.add(SafeBag.getInstance(element));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.bagsMalformed, e);
        }
    }

    /** Guards the parameters of the shrouded keys among these bags (done before the MAC is computed). */
    void guardKeys(List<SafeBag> list) throws Pkcs12Exception {
        for (SafeBag bag : list) {
            if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(bag.getBagId())) {
                protections.add(guard.checkEncryption(encryptedKey(bag).getEncryptionAlgorithm(), Protection.Part.KEY));
            }
        }
    }

    /** Collects the bags; {@code guarded} says whether {@link #guardKeys} already saw them. */
    void collect(List<SafeBag> list, boolean guarded, int depth) throws Pkcs12Exception {
        for (SafeBag bag : list) {
            if (++bags > MAX_BAGS) {
                throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                        NLS.bind(Messages.tooManyBags, Integer.valueOf(MAX_BAGS)));
            }
            var id = bag.getBagId();
            if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(id)) {
                EncryptedPrivateKeyInfo info = encryptedKey(bag);
                if (!guarded) {
                    protections.add(guard.checkEncryption(info.getEncryptionAlgorithm(), Protection.Part.KEY));
                }
                keys.add(entry(PrivateKeyInfo.getInstance(decrypt(info)), bag));
            } else if (PKCSObjectIdentifiers.keyBag.equals(id)) {
                keys.add(entry(privateKey(bag), bag));
            } else if (PKCSObjectIdentifiers.certBag.equals(id)) {
                certificate(bag);
            } else if (PKCSObjectIdentifiers.safeContentsBag.equals(id) && depth < MAX_NESTING) {
                collect(nested(bag), false, depth + 1);
            }
        }
    }

    List<Entry<PrivateKeyInfo>> keys() {
        return keys;
    }

    List<Entry<X509Certificate>> certificates() {
        return certificates;
    }

    /** Protections of the keys, in file order. */
    List<Protection> protections() {
        return protections;
    }

    private EncryptedPrivateKeyInfo encryptedKey(SafeBag bag) throws Pkcs12Exception {
        try {
            return EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
        } catch (RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.keyMalformed, e);
        }
    }

    private PrivateKeyInfo privateKey(SafeBag bag) throws Pkcs12Exception {
        try {
            return PrivateKeyInfo.getInstance(bag.getBagValue());
        } catch (RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.keyMalformed, e);
        }
    }

    private List<SafeBag> nested(SafeBag bag) throws Pkcs12Exception {
        try {
            return decode(bag.getBagValue().toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.bagsMalformed, e);
        }
    }

    private byte[] decrypt(EncryptedPrivateKeyInfo info) throws Pkcs12Exception {
        byte[] plain = decrypt(info.getEncryptionAlgorithm(), info.getEncryptedData(), Messages.partKey);
        try {
            PrivateKeyInfo.getInstance(plain);
            return plain;
        } catch (RuntimeException e) {
            Arrays.fill(plain, (byte) 0);
            throw decryptionFailed(Messages.partKey, e);
        }
    }

    /** Decrypts one encrypted part; the algorithm must have passed the guard. */
    byte[] decrypt(org.bouncycastle.asn1.x509.AlgorithmIdentifier algorithm, byte[] cipherText, String where)
            throws Pkcs12Exception {
        InputDecryptor decryptor;
        try {
            decryptor = decryptors.get(algorithm);
        } catch (OperatorCreationException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source,
                    NLS.bind(Messages.algorithmUnsupported, where, Oids.name(algorithm.getAlgorithm())), e);
        }
        try (InputStream in = decryptor.getInputStream(new ByteArrayInputStream(cipherText))) {
            return Streams.readAll(in);
        } catch (IOException | RuntimeException e) {
            throw decryptionFailed(where, e);
        }
    }

    /** Without a MAC a failed decryption means a wrong password; after a good MAC, damaged data. */
    Pkcs12Exception decryptionFailed(String where, Exception cause) {
        return macVerified ? new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, NLS.bind(Messages.decryptionFailed, where), cause)
                : new Pkcs12Exception(ErrorCode.P12_WRONG_PASSWORD, source, Messages.noMacWrongPassword, cause);
    }

    private void certificate(SafeBag bag) throws Pkcs12Exception {
        CertBag certBag;
        try {
            certBag = CertBag.getInstance(bag.getBagValue());
        } catch (RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CERTIFICATE_UNREADABLE, source,
                    NLS.bind(Messages.certificateUnreadable, Integer.valueOf(certificates.size() + 1)), e);
        }
        if (!PKCSObjectIdentifiers.x509Certificate.equals(certBag.getCertId())) {
            return;
        }
        try {
            byte[] der = ASN1OctetString.getInstance(certBag.getCertValue()).getOctets();
            X509Certificate certificate = parse(der);
            certificate.getSubjectX500Principal();
            certificate.getPublicKey();
            certificates.add(entry(certificate, bag));
        } catch (CertificateException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CERTIFICATE_UNREADABLE, source,
                    NLS.bind(Messages.certificateUnreadable, Integer.valueOf(certificates.size() + 1)), e);
        }
    }

    /**
     * The JDK's parser first: Bouncy Castle's tests every RSA modulus for primality when the public key is read
     * (a Miller-Rabin round over 2,048 bits), which was an eighth of a batch's CPU time; the key is only compared
     * with the private key here and the chain is checked against a trust anchor. Bouncy Castle's more lenient
     * parser stays for encodings the JDK refuses.
     */
    private X509Certificate parse(byte[] der) throws CertificateException {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.getPublicKey();
            return certificate;
        } catch (CertificateException | RuntimeException jdkRefused) {
            return (X509Certificate) CertificateFactory.getInstance("X.509", provider) //$NON-NLS-1$
                    .generateCertificate(new ByteArrayInputStream(der));
        }
    }

    private static <T> Entry<T> entry(T value, SafeBag bag) {
        Optional<String> friendlyName = Optional.empty();
        Optional<byte[]> localKeyId = Optional.empty();
        ASN1Set attributes = bag.getBagAttributes();
        if (attributes != null) {
            for (ASN1Encodable element : attributes) {
                try {
                    Attribute attribute = Attribute.getInstance(element);
                    ASN1Encodable first = attribute.getAttrValues().size() > 0 ? attribute.getAttrValues().getObjectAt(0) : null;
                    if (PKCSObjectIdentifiers.pkcs_9_at_friendlyName.equals(attribute.getAttrType())
                            && first instanceof ASN1String text) {
                        friendlyName = Optional.of(text.getString());
                    } else if (PKCSObjectIdentifiers.pkcs_9_at_localKeyId.equals(attribute.getAttrType())
                            && first instanceof ASN1OctetString octets) {
                        localKeyId = Optional.of(octets.getOctets());
                    }
                } catch (RuntimeException e) {
                    // A damaged attribute only loses the friendly name or key id; the bag itself is fine.
                }
            }
        }
        return new Entry<>(value, friendlyName, localKeyId);
    }
}

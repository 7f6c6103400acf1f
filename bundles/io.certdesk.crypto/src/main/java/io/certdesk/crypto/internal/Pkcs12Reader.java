package io.certdesk.crypto.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.Protection;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.eclipse.osgi.util.NLS;

/**
 * Reads one PKCS#12 file in three phases: structure and parameters (no cryptography, so hostile files are
 * refused at once), the MAC (wrong password), then decryption of the bags, the choice of the end-entity
 * certificate matching the one private key, and the CA certificates.
 */
final class Pkcs12Reader {

    /** Most ContentInfo parts accepted in one file. */
    static final int MAX_CONTENTS = 16;

    private final Provider provider;
    private final KeyMatcher matcher;

    Pkcs12Reader(Provider provider, SecureRandom random) {
        this.provider = provider;
        this.matcher = new KeyMatcher(provider, random);
    }

    /** A part of the authenticated safe: plain bags (decoded) or encrypted data. */
    private record Part(ContentInfo info, List<SafeBag> plainBags, EncryptedData encrypted) {
    }

    /**
     * Reads the file. Bouncy Castle's ASN.1 classes decode lazily and answer a malformed element with a runtime
     * exception (IllegalArgumentException "unknown object in getInstance", ClassCastException...) from whichever
     * getter first touches it; every such failure is the file's structure being broken, so it is reported as
     * {@link ErrorCode#P12_CORRUPT} here, at the one boundary, instead of guarding each getter.
     */
    Pkcs12Contents read(byte[] data, String source, char[] password) throws Pkcs12Exception {
        return read(data, source, password, DerivedKeys.none());
    }

    /** Reads the file, taking keys derived from the same password and salt from {@code memo} (a read-back). */
    Pkcs12Contents read(byte[] data, String source, char[] password, DerivedKeys memo) throws Pkcs12Exception {
        try {
            return readStructure(data, source, password, memo);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IndexOutOfBoundsException
                | NullPointerException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
        }
    }

    private Pkcs12Contents readStructure(byte[] data, String source, char[] password, DerivedKeys memo)
            throws Pkcs12Exception {
        ContentSniffer.requireDer(data, source);
        Pfx pfx = decodePfx(data, source);
        ContentInfo[] infos = authenticatedSafe(pfx, source);
        ParameterGuard guard = new ParameterGuard(source);
        List<Protection> protections = new ArrayList<>();
        MacData mac = pfx.getMacData();
        if (mac != null) {
            protections.add(guard.checkMac(mac));
        }
        SafeBagCollector collector = new SafeBagCollector(source, provider, guard, new JdkInputDecryptors(password, memo,
                new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(provider).build(password)), mac != null);
        List<Part> parts = new ArrayList<>();
        for (ContentInfo info : infos) {
            Part part = part(info, source, collector);
            if (part.encrypted() != null) {
                protections.add(guard.checkEncryption(part.encrypted().getEncryptionAlgorithm(),
                        Protection.Part.ENCRYPTED_CONTENT));
            } else {
                protections.add(new Protection(Protection.Part.PLAIN_CONTENT, Messages.noEncryption, 0, 0));
                collector.guardKeys(part.plainBags());
            }
            parts.add(part);
        }
        if (mac != null) {
            verifyMac(pfx, source, password, memo);
        }
        for (Part part : parts) {
            if (part.encrypted() != null) {
                byte[] plain = collector.decrypt(part.encrypted().getEncryptionAlgorithm(),
                        part.encrypted().getContent().getOctets(), Messages.partContent);
                List<SafeBag> bags;
                try {
                    bags = collector.decode(plain);
                } catch (Pkcs12Exception e) {
                    throw mac != null ? e : collector.decryptionFailed(Messages.partContent, e);
                }
                collector.collect(bags, false, 0);
            } else {
                collector.collect(part.plainBags(), true, 0);
            }
        }
        protections.addAll(collector.protections());
        return assemble(source, collector, protections);
    }

    private static Pfx decodePfx(byte[] data, String source) throws Pkcs12Exception {
        ASN1Primitive primitive;
        try (ASN1InputStream in = new ASN1InputStream(data)) {
            primitive = in.readObject();
        } catch (IOException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
        }
        if (!(primitive instanceof ASN1Sequence sequence) || sequence.size() < 2 || sequence.size() > 3
                || !(sequence.getObjectAt(0) instanceof ASN1Integer version)) {
            throw new Pkcs12Exception(ErrorCode.P12_NOT_PKCS12, source, Messages.sniffOtherDer);
        }
        if (!version.hasValue(3)) {
            throw new Pkcs12Exception(ErrorCode.P12_NOT_PKCS12, source,
                    NLS.bind(Messages.wrongVersion, version.getValue()));
        }
        try {
            return Pfx.getInstance(sequence);
        } catch (RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
        }
    }

    private static ContentInfo[] authenticatedSafe(Pfx pfx, String source) throws Pkcs12Exception {
        ContentInfo authSafe = pfx.getAuthSafe();
        if (PKCSObjectIdentifiers.signedData.equals(authSafe.getContentType())) {
            throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source, Messages.publicKeyIntegrity);
        }
        if (!PKCSObjectIdentifiers.data.equals(authSafe.getContentType())) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken);
        }
        ContentInfo[] infos;
        try {
            byte[] octets = ASN1OctetString.getInstance(authSafe.getContent()).getOctets();
            infos = AuthenticatedSafe.getInstance(ASN1Primitive.fromByteArray(octets)).getContentInfo();
        } catch (IOException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
        }
        if (infos.length > MAX_CONTENTS) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                    NLS.bind(Messages.tooManyContents, Integer.valueOf(infos.length), Integer.valueOf(MAX_CONTENTS)));
        }
        return infos;
    }

    private static Part part(ContentInfo info, String source, SafeBagCollector collector) throws Pkcs12Exception {
        if (PKCSObjectIdentifiers.data.equals(info.getContentType())) {
            byte[] octets;
            try {
                octets = ASN1OctetString.getInstance(info.getContent()).getOctets();
            } catch (RuntimeException e) {
                throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
            }
            return new Part(info, collector.decode(octets), null);
        }
        if (PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())) {
            try {
                EncryptedData encrypted = EncryptedData.getInstance(info.getContent());
                encrypted.getContent().getOctets();
                return new Part(info, List.of(), encrypted);
            } catch (RuntimeException e) {
                throw new Pkcs12Exception(ErrorCode.P12_CORRUPT, source, Messages.structureBroken, e);
            }
        }
        throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source,
                NLS.bind(Messages.contentTypeUnsupported, info.getContentType().getId()));
    }

    /**
     * Checks the MAC on the JDK ({@link JdkPkcs12Mac}); an empty password goes through Bouncy Castle, which also
     * tries the other encoding of an empty password that some writers use.
     */
    private void verifyMac(Pfx pfx, String source, char[] password, DerivedKeys memo) throws Pkcs12Exception {
        boolean valid;
        try {
            valid = password.length == 0
                    ? new PKCS12PfxPdu(pfx).isMacValid(
                            new JcePKCS12MacCalculatorBuilderProvider().setProvider(provider), password)
                    : JdkPkcs12Mac.verify(pfx.getMacData(),
                            ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets(), password, memo);
        } catch (PKCSException | GeneralSecurityException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source,
                    NLS.bind(Messages.algorithmUnsupported, Messages.partMac,
                            Oids.name(pfx.getMacData().getMac().getAlgorithmId().getAlgorithm())), e);
        }
        if (!valid) {
            throw new Pkcs12Exception(ErrorCode.P12_WRONG_PASSWORD, source, null);
        }
    }

    private Pkcs12Contents assemble(String source, SafeBagCollector collector, List<Protection> protections)
            throws Pkcs12Exception {
        List<SafeBagCollector.Entry<PrivateKeyInfo>> keys = distinctKeys(collector.keys());
        if (keys.isEmpty()) {
            throw new Pkcs12Exception(ErrorCode.P12_NO_PRIVATE_KEY, source,
                    NLS.bind(Messages.noKeyDetail, Integer.valueOf(collector.certificates().size())));
        }
        if (keys.size() > 1) {
            throw new Pkcs12Exception(ErrorCode.P12_SEVERAL_KEYS, source,
                    NLS.bind(Messages.severalKeysDetail, Integer.valueOf(keys.size())));
        }
        SafeBagCollector.Entry<PrivateKeyInfo> keyEntry = keys.get(0);
        PrivateKey key = privateKey(keyEntry.value(), source);
        List<SafeBagCollector.Entry<X509Certificate>> certificates = distinctCertificates(collector.certificates());
        if (certificates.isEmpty()) {
            throw new Pkcs12Exception(ErrorCode.P12_KEY_MISMATCH, source, Messages.noCertificateDetail);
        }
        SafeBagCollector.Entry<X509Certificate> leaf = certificates.stream()
                .sorted(Comparator.<SafeBagCollector.Entry<X509Certificate>, Boolean>comparing(
                        c -> !sameKeyId(c.localKeyId(), keyEntry.localKeyId()))
                        .thenComparing(c -> c.value().getNotAfter(), Comparator.reverseOrder()))
                .filter(c -> matcher.matches(key, c.value()))
                .findFirst()
                .orElseThrow(() -> new Pkcs12Exception(ErrorCode.P12_KEY_MISMATCH, source,
                        NLS.bind(Messages.keyMismatchDetail, Integer.valueOf(certificates.size()))));
        List<X509Certificate> others = certificates.stream().filter(c -> c != leaf).map(SafeBagCollector.Entry::value)
                .toList();
        Optional<String> friendlyName = keyEntry.friendlyName().or(leaf::friendlyName);
        return new Pkcs12Contents(source, key, leaf.value(), others, friendlyName, protections);
    }

    private PrivateKey privateKey(PrivateKeyInfo info, String source) throws Pkcs12Exception {
        PrivateKey key = jdkRsaKey(info);
        try {
            if (key == null) {
                key = new JcaPEMKeyConverter().setProvider(provider).getPrivateKey(info);
            }
        } catch (IOException | RuntimeException e) {
            throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source, NLS.bind(Messages.keyTypeUnsupported,
                    info.getPrivateKeyAlgorithm().getAlgorithm().getId()), e);
        }
        if (!KeyMatcher.supported(key)) {
            throw new Pkcs12Exception(ErrorCode.P12_UNSUPPORTED_ALGORITHM, source,
                    NLS.bind(Messages.keyTypeUnsupported, key.getAlgorithm()));
        }
        return key;
    }

    /**
     * An RSA key made by the JDK's key factory, or {@code null} to leave the key to Bouncy Castle. Bouncy Castle's
     * factory runs a Miller-Rabin primality round on the modulus of every key it makes, which cost more CPU than the
     * rest of reading the file; the key is checked against its certificate ({@link KeyMatcher}) either way.
     */
    private static PrivateKey jdkRsaKey(PrivateKeyInfo info) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            return null;
        }
        byte[] encoded = null;
        try {
            encoded = info.getEncoded();
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)); //$NON-NLS-1$
            return KeyMatcher.supported(key) ? key : null;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null; // Bouncy Castle reads it, or says why not
        } finally {
            if (encoded != null) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    private static boolean sameKeyId(Optional<byte[]> a, Optional<byte[]> b) {
        return a.isPresent() && b.isPresent() && Arrays.equals(a.get(), b.get());
    }

    private static List<SafeBagCollector.Entry<PrivateKeyInfo>> distinctKeys(
            List<SafeBagCollector.Entry<PrivateKeyInfo>> keys) throws Pkcs12Exception {
        List<SafeBagCollector.Entry<PrivateKeyInfo>> distinct = new ArrayList<>();
        List<byte[]> seen = new ArrayList<>();
        for (SafeBagCollector.Entry<PrivateKeyInfo> key : keys) {
            byte[] encoded;
            try {
                encoded = key.value().getEncoded();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (seen.stream().noneMatch(s -> Arrays.equals(s, encoded))) {
                seen.add(encoded);
                distinct.add(key);
            }
        }
        return distinct;
    }

    private static List<SafeBagCollector.Entry<X509Certificate>> distinctCertificates(
            List<SafeBagCollector.Entry<X509Certificate>> certificates) {
        List<SafeBagCollector.Entry<X509Certificate>> distinct = new ArrayList<>();
        for (SafeBagCollector.Entry<X509Certificate> entry : certificates) {
            if (distinct.stream().noneMatch(d -> sameEncoding(d.value(), entry.value()))) {
                distinct.add(entry);
            }
        }
        return distinct;
    }

    private static boolean sameEncoding(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}

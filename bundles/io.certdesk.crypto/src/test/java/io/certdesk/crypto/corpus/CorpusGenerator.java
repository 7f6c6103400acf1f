package io.certdesk.crypto.corpus;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.testing.Pem;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Writes the malformed-file corpus of {@code MalformedCorpusTest} (and the CLI's sample files). Run once;
 * the files are committed. Usage: {@code CorpusGenerator <crypto testdata dir> [<cli testdata dir>]}.
 */
public final class CorpusGenerator {

    /** The password of every corpus file. */
    public static final String PASSWORD = "corpus-Password-1";

    private final Path out;
    private final Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
    private final TestPki pki = TestPki.longLived();
    private final char[] password = PASSWORD.toCharArray();

    private CorpusGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(Files.createDirectories(Path.of(args[0])));
        generator.writeAll();
        if (args.length > 1) {
            Path cli = Files.createDirectories(Path.of(args[1]));
            Files.copy(generator.out.resolve("valid-compat.p12"), cli.resolve("EndUser.p12"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(cli.resolve("root-ca.pem"), Pem.encode("CERTIFICATE", generator.pki.root.getEncoded()));
            Files.writeString(cli.resolve("retrieval-password.txt"), PASSWORD + "\n");
        }
    }

    private void writeAll() throws Exception {
        byte[] modern = Pkcs12Fixtures.p12(engine, pki.leafKey.getPrivate(), pki.chain(), ExportOptions.of(ExportProfile.MODERN), password);
        byte[] compat = Pkcs12Fixtures.p12(engine, pki.leafKey.getPrivate(), pki.chain(), ExportOptions.of(ExportProfile.COMPAT), password);
        write("valid-modern.p12", modern);
        write("valid-compat.p12", compat);
        write("truncated.p12", Arrays.copyOf(modern, modern.length * 3 / 5));
        write("truncated-header.p12", Arrays.copyOf(modern, 3));
        write("garbled-authsafe.p12", pfx(new ContentInfo(PKCSObjectIdentifiers.data,
                new DEROctetString("this is not ASN.1 at all".getBytes(StandardCharsets.US_ASCII))), mac(modern)));
        write("portal-error.html", ("<!DOCTYPE html>\n<html><head><title>Error</title></head><body>"
                + "The certificate has not been created, or it has already been downloaded.</body></html>\n")
                .getBytes(StandardCharsets.UTF_8));
        write("certificate.pem", Pem.encode("CERTIFICATE", pki.leaf.getEncoded()).getBytes(StandardCharsets.US_ASCII));
        write("certificate.der", pki.leaf.getEncoded());
        write("empty.p12", new byte[0]);
        write("archive.zip", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 });
        write("certificates-only.p12", built(List.of(), List.of(pki.leaf, pki.issuing, pki.root)));
        KeyPair other = TestPki.rsa();
        write("two-keys.p12", built(List.of(pki.leafKey, other), List.of(pki.leaf, pki.issuing)));
        write("key-mismatch.p12", built(List.of(other), List.of(pki.leaf, pki.issuing, pki.root)));
        write("key-without-certificate.p12", built(List.of(pki.leafKey), List.of()));
        write("unreadable-certificate.p12", unreadableCertificate());
        write("unsupported-mac-md5.p12", withMac(modern, new ASN1ObjectIdentifier("1.2.840.113549.2.5"), 2048));
        write("unsupported-pbes1-md5-des.p12", withCertificateEncryption(modern, new AlgorithmIdentifier(
                PKCSObjectIdentifiers.pbeWithMD5AndDES_CBC, new DERSequence(new ASN1Encodable[] {
                        new DEROctetString(new byte[8]), new ASN1Integer(2048) }))));
        write("unsupported-public-key-integrity.p12", new Pfx(new ContentInfo(PKCSObjectIdentifiers.signedData,
                new DERSequence()), null).getEncoded(ASN1Encoding.DER));
        write("hostile-mac-iterations-zero.p12", withMacIterations(modern, BigInteger.ZERO));
        write("hostile-mac-iterations-negative.p12", withMacIterations(modern, BigInteger.valueOf(-1)));
        write("hostile-mac-iterations-5000000.p12", withMacIterations(modern, BigInteger.valueOf(5_000_000)));
        write("hostile-mac-iterations-2pow64.p12", withMacIterations(modern, BigInteger.TWO.pow(64)));
        write("hostile-key-pbkdf2-iterations-10000000.p12", withKeyIterations(modern, 10_000_000));
        write("hostile-key-pbkdf2-iterations-zero.p12", withKeyIterations(modern, 0));
        write("hostile-certificates-pbe-iterations-2147483647.p12", withCertificateEncryption(compat,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, new DERSequence(
                        new ASN1Encodable[] { new DEROctetString(new byte[20]), new ASN1Integer(Integer.MAX_VALUE) }))));
    }

    private void write(String name, byte[] data) throws IOException {
        Files.write(out.resolve(name), data);
    }

    private static byte[] pfx(ContentInfo authSafe, MacData mac) throws IOException {
        return new Pfx(authSafe, mac).getEncoded(ASN1Encoding.DER);
    }

    private static MacData mac(byte[] pfx) throws IOException {
        return Pfx.getInstance(ASN1Primitive.fromByteArray(pfx)).getMacData();
    }

    private byte[] built(List<KeyPair> keys, List<X509Certificate> certificates) throws Exception {
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        if (!certificates.isEmpty()) {
            PKCS12SafeBag[] bags = new PKCS12SafeBag[certificates.size()];
            for (int i = 0; i < bags.length; i++) {
                bags[i] = new PKCS12SafeBagBuilder(new X509CertificateHolder(certificates.get(i).getEncoded())).build();
            }
            builder.addEncryptedData(encryptor(), bags);
        }
        for (KeyPair key : keys) {
            builder.addData(new PKCS12SafeBagBuilder(org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(
                    key.getPrivate().getEncoded()), encryptor()).build());
        }
        return builder.build(new JcePKCS12MacCalculatorBuilder(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256).setIterationCount(2048)
                .setProvider(TestPki.BC), password).getEncoded(ASN1Encoding.DER);
    }

    private byte[] unreadableCertificate() throws Exception {
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addData(new PKCS12SafeBag(new SafeBag(PKCSObjectIdentifiers.certBag, new CertBag(
                PKCSObjectIdentifiers.x509Certificate, new DEROctetString(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x05 })))));
        builder.addData(new PKCS12SafeBagBuilder(org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(
                pki.leafKey.getPrivate().getEncoded()), encryptor()).build());
        return builder.build(new JcePKCS12MacCalculatorBuilder(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)
                .setIterationCount(2048).setProvider(TestPki.BC), password).getEncoded(ASN1Encoding.DER);
    }

    private org.bouncycastle.operator.OutputEncryptor encryptor() throws Exception {
        return new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                .setIterationCount(2048).setProvider(TestPki.BC).build(password);
    }

    private static byte[] withMac(byte[] pfx, ASN1ObjectIdentifier digest, int iterations) throws IOException {
        MacData mac = mac(pfx);
        return replaceMac(pfx, new DERSequence(new ASN1Encodable[] {
                new DigestInfo(new AlgorithmIdentifier(digest, DERNull.INSTANCE), mac.getMac().getDigest()),
                new DEROctetString(mac.getSalt()), new ASN1Integer(iterations) }));
    }

    private static byte[] withMacIterations(byte[] pfx, BigInteger iterations) throws IOException {
        MacData mac = mac(pfx);
        return replaceMac(pfx, new DERSequence(new ASN1Encodable[] { mac.getMac(), new DEROctetString(mac.getSalt()),
                new ASN1Integer(iterations) }));
    }

    private static byte[] replaceMac(byte[] pfx, ASN1Sequence macData) throws IOException {
        Pfx original = Pfx.getInstance(ASN1Primitive.fromByteArray(pfx));
        return new DERSequence(new ASN1Encodable[] { new ASN1Integer(3), original.getAuthSafe(), macData })
                .getEncoded(ASN1Encoding.DER);
    }

    private static ContentInfo[] contents(Pfx pfx) throws IOException {
        return AuthenticatedSafe.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets())).getContentInfo();
    }

    private static byte[] withContents(Pfx pfx, ContentInfo[] contents) throws IOException {
        ContentInfo authSafe = new ContentInfo(PKCSObjectIdentifiers.data,
                new DEROctetString(new AuthenticatedSafe(contents).getEncoded(ASN1Encoding.DER)));
        return pfx(authSafe, pfx.getMacData());
    }

    private static byte[] withCertificateEncryption(byte[] der, AlgorithmIdentifier algorithm) throws IOException {
        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(der));
        ContentInfo[] contents = contents(pfx);
        EncryptedData encrypted = EncryptedData.getInstance(contents[0].getContent());
        contents[0] = new ContentInfo(PKCSObjectIdentifiers.encryptedData,
                new EncryptedData(PKCSObjectIdentifiers.data, algorithm, encrypted.getContent()));
        return withContents(pfx, contents);
    }

    private static byte[] withKeyIterations(byte[] der, int iterations) throws IOException {
        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(der));
        ContentInfo[] contents = contents(pfx);
        ASN1Sequence bags = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(contents[1].getContent()).getOctets()));
        SafeBag bag = SafeBag.getInstance(bags.getObjectAt(0));
        EncryptedPrivateKeyInfo key = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(key.getEncryptionAlgorithm().getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        ASN1EncodableVector kdfParams = new ASN1EncodableVector();
        kdfParams.add(new DEROctetString(kdf.getSalt()));
        kdfParams.add(new ASN1Integer(iterations));
        kdfParams.add(kdf.getPrf());
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new DERSequence(
                new ASN1Encodable[] { new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBKDF2, new DERSequence(kdfParams)),
                        pbes2.getEncryptionScheme() }));
        SafeBag changed = new SafeBag(bag.getBagId(), new EncryptedPrivateKeyInfo(algorithm, key.getEncryptedData()),
                bag.getBagAttributes());
        contents[1] = new ContentInfo(PKCSObjectIdentifiers.data,
                new DEROctetString(new DERSequence(changed).getEncoded(ASN1Encoding.DER)));
        return withContents(pfx, contents);
    }
}

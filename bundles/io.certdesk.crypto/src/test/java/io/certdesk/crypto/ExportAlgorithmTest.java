package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parses the exported ASN.1 independently of the engine and checks every OID, iteration count and salt. */
class ExportAlgorithmTest {

    private static final char[] PASSWORD = "Export-Test-Pw-2026".toCharArray();
    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create(TestPki.BC);

    static Stream<Arguments> profilesAndIterations() {
        return Stream.of(ExportProfile.values()).flatMap(p -> Stream.of(2_048, 10_000, 100_000)
                .map(i -> Arguments.of(p, i)));
    }

    private record Parsed(Pfx pfx, AlgorithmIdentifier certificateEncryption, SafeBag keyBag,
            EncryptedPrivateKeyInfo key) {
    }

    private static Parsed parse(byte[] der) throws Exception {
        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(der));
        assertEquals(PKCSObjectIdentifiers.data, pfx.getAuthSafe().getContentType());
        ContentInfo[] infos = AuthenticatedSafe.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets())).getContentInfo();
        assertEquals(2, infos.length, "one EncryptedData with the certificates, one Data with the key");
        assertEquals(PKCSObjectIdentifiers.encryptedData, infos[0].getContentType());
        assertEquals(PKCSObjectIdentifiers.data, infos[1].getContentType());
        EncryptedData certificates = EncryptedData.getInstance(infos[0].getContent());
        ASN1Sequence keyBags = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(infos[1].getContent()).getOctets()));
        assertEquals(1, keyBags.size());
        SafeBag keyBag = SafeBag.getInstance(keyBags.getObjectAt(0));
        assertEquals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag, keyBag.getBagId());
        return new Parsed(pfx, certificates.getEncryptionAlgorithm(), keyBag,
                EncryptedPrivateKeyInfo.getInstance(keyBag.getBagValue()));
    }

    @ParameterizedTest
    @MethodSource("profilesAndIterations")
    void everyAlgorithmIsTheProfilesOwn(ExportProfile profile, int iterations) throws Exception {
        byte[] der = Pkcs12Fixtures.fullChain(ENGINE, ExportOptions.builder(profile).iterations(iterations).build(),
                PASSWORD);
        Parsed parsed = parse(der);
        byte[] certificateSalt = checkEncryption(profile, parsed.certificateEncryption(), iterations);
        byte[] keySalt = checkEncryption(profile, parsed.key().getEncryptionAlgorithm(), iterations);
        if (profile == ExportProfile.MODERN) {
            // one PBKDF2 key for the file, derived once; each CBC encryption still has its own random IV
            assertArrayEquals(certificateSalt, keySalt, "the two PBES2 parts share the file's salt");
            assertFalse(Arrays.equals(iv(parsed.certificateEncryption()), iv(parsed.key().getEncryptionAlgorithm())),
                    "each PBES2 part has its own IV");
            byte[] other = checkEncryption(profile, parse(Pkcs12Fixtures.fullChain(ENGINE,
                    ExportOptions.builder(profile).iterations(iterations).build(), PASSWORD)).certificateEncryption(),
                    iterations);
            assertFalse(Arrays.equals(certificateSalt, other), "each file has a salt of its own");
        } else {
            // PKCS#12 PBE derives the IV from the salt: a shared salt would repeat key and IV
            assertFalse(Arrays.equals(certificateSalt, keySalt), "each compat encryption has its own salt");
        }

        MacData mac = parsed.pfx().getMacData();
        assertEquals(new ASN1ObjectIdentifier(profile.macDigestOid()), mac.getMac().getAlgorithmId().getAlgorithm());
        assertNotEquals("1.2.840.113549.1.5.14", mac.getMac().getAlgorithmId().getAlgorithm().getId(), "no PBMAC1");
        assertEquals(iterations, mac.getIterationCount().intValueExact());
        assertEquals(profile.macSaltLength(), mac.getSalt().length);
        assertEquals(profile == ExportProfile.MODERN ? 32 : 20, mac.getMac().getDigest().length);
    }

    private static byte[] iv(AlgorithmIdentifier pbes2) {
        return ASN1OctetString.getInstance(PBES2Parameters.getInstance(pbes2.getParameters()).getEncryptionScheme()
                .getParameters()).getOctets();
    }

    private static byte[] checkEncryption(ExportProfile profile, AlgorithmIdentifier algorithm, int iterations) {
        assertEquals(profile.encryptionSchemeOid(), algorithm.getAlgorithm().getId());
        if (profile == ExportProfile.COMPAT) {
            assertEquals("1.2.840.113549.1.12.1.3", algorithm.getAlgorithm().getId());
            PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
            assertEquals(iterations, params.getIterations().intValueExact());
            assertEquals(20, params.getIV().length);
            return params.getIV();
        }
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
        assertEquals("1.2.840.113549.1.5.12", pbes2.getKeyDerivationFunc().getAlgorithm().getId(), "PBKDF2");
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        assertEquals(iterations, kdf.getIterationCount().intValueExact());
        assertEquals(16, kdf.getSalt().length);
        assertEquals("1.2.840.113549.2.9", kdf.getPrf().getAlgorithm().getId(), "hmacWithSHA256, never the SHA-1 default");
        assertEquals(DERNull.INSTANCE, kdf.getPrf().getParameters());
        assertNull(kdf.getKeyLength());
        assertEquals("2.16.840.1.101.3.4.1.42", pbes2.getEncryptionScheme().getAlgorithm().getId(), "AES-256-CBC");
        assertEquals(16, ASN1OctetString.getInstance(pbes2.getEncryptionScheme().getParameters()).getOctets().length);
        return kdf.getSalt();
    }

    @ParameterizedTest
    @MethodSource("profilesAndIterations")
    void outputIsDer(ExportProfile profile, int iterations) throws Exception {
        byte[] der = Pkcs12Fixtures.fullChain(ENGINE, ExportOptions.builder(profile).iterations(iterations).build(),
                PASSWORD);
        assertArrayEquals(der, ASN1Primitive.fromByteArray(der).getEncoded(ASN1Encoding.DER));
    }

    @Test
    void keyAndLeafShareLocalKeyIdAndFriendlyNameCasDoNot() throws Exception {
        TestPki pki = TestPki.shared();
        ExportOptions options = ExportOptions.builder(ExportProfile.MODERN)
                .friendlyName(FriendlyNameTemplate.of("{cn} ({certNumber})", java.util.Map.of("certNumber", "1234567")))
                .build();
        byte[] der = Pkcs12Fixtures.fullChain(ENGINE, options, PASSWORD);
        Pkcs12Contents contents = ENGINE.read(der, "t.p12", PASSWORD);
        assertEquals("\u5c71\u7530 \u592a\u90ce (1234567)", contents.friendlyName().orElseThrow());

        Parsed parsed = parse(der);
        byte[] expectedId = MessageDigest.getInstance("SHA-1").digest(pki.leaf.getEncoded());
        assertArrayEquals(expectedId, localKeyId(parsed.keyBag().getBagAttributes()));
        assertEquals("\u5c71\u7530 \u592a\u90ce (1234567)", friendlyName(parsed.keyBag().getBagAttributes()));
        List<SafeBag> certificateBags = decryptedCertificateBags(der);
        assertEquals(3, certificateBags.size());
        assertArrayEquals(expectedId, localKeyId(certificateBags.get(0).getBagAttributes()), "leaf first, same id");
        assertArrayEquals(pki.leaf.getEncoded(), ASN1OctetString.getInstance(
                CertBag.getInstance(certificateBags.get(0).getBagValue()).getCertValue()).getOctets());
        assertNoAttributes(certificateBags.get(1).getBagAttributes());
        assertNoAttributes(certificateBags.get(2).getBagAttributes());
        assertEquals(40, HexFormat.of().formatHex(expectedId).length());
    }

    @Test
    void rootCanBeLeftOut() throws Exception {
        byte[] der = Pkcs12Fixtures.fullChain(ENGINE,
                ExportOptions.builder(ExportProfile.COMPAT).includeRoot(false).build(), PASSWORD);
        assertEquals(List.of(TestPki.shared().issuing), ENGINE.read(der, "t.p12", PASSWORD).caCertificates());
    }

    @Test
    void iterationsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.builder(ExportProfile.MODERN).iterations(2_047));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.builder(ExportProfile.MODERN).iterations(100_001));
        assertEquals(10_000, ExportOptions.of(ExportProfile.COMPAT).iterations());
    }

    private static List<SafeBag> decryptedCertificateBags(byte[] der) throws Exception {
        // Decrypt with plain Bouncy Castle, independently of the engine's reader.
        org.bouncycastle.pkcs.PKCS12PfxPdu pdu = new org.bouncycastle.pkcs.PKCS12PfxPdu(der);
        ContentInfo info = pdu.getContentInfos()[0];
        org.bouncycastle.pkcs.PKCS12SafeBagFactory factory = new org.bouncycastle.pkcs.PKCS12SafeBagFactory(info,
                new org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder().setProvider(TestPki.BC)
                        .build(PASSWORD));
        List<SafeBag> bags = new ArrayList<>();
        for (org.bouncycastle.pkcs.PKCS12SafeBag bag : factory.getSafeBags()) {
            bags.add(bag.toASN1Structure());
        }
        return bags;
    }

    private static void assertNoAttributes(ASN1Set attributes) {
        assertTrue(attributes == null || attributes.size() == 0, "CA certificates carry no localKeyId or friendlyName");
    }

    private static byte[] localKeyId(ASN1Set attributes) {
        for (ASN1Encodable element : attributes) {
            Attribute attribute = Attribute.getInstance(element);
            if (PKCSObjectIdentifiers.pkcs_9_at_localKeyId.equals(attribute.getAttrType())) {
                return ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
            }
        }
        throw new AssertionError("no localKeyId");
    }

    private static String friendlyName(ASN1Set attributes) {
        for (ASN1Encodable element : attributes) {
            Attribute attribute = Attribute.getInstance(element);
            if (PKCSObjectIdentifiers.pkcs_9_at_friendlyName.equals(attribute.getAttrType())) {
                return DERBMPString.getInstance(attribute.getAttrValues().getObjectAt(0)).getString();
            }
        }
        throw new AssertionError("no friendlyName");
    }

    @Test
    void profilesAreDescribed() {
        assertTrue(ExportProfile.MODERN.encryptionName().contains("AES-256-CBC"));
        assertEquals(ExportProfile.COMPAT, ExportProfile.fromId(" Compat ").orElseThrow());
    }
}

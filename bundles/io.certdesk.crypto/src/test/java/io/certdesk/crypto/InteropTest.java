package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.certdesk.crypto.testing.ExternalTool;
import io.certdesk.crypto.testing.Pem;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every profile's output is read by the real readers: OpenSSL 3 (without -legacy), keytool of the build's
 * JDK, NSS pk12util, GnuTLS certtool and Bouncy Castle. Each must find the key, the leaf and the full
 * chain, and the key must match the leaf. Passwords reach the tools through files or stdin, never arguments.
 */
class InteropTest {

    private static final String PASSWORD = "Interop-Pw-7xQ2";
    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create(TestPki.BC);

    @TempDir
    Path dir;

    private Path export(ExportProfile profile) throws Exception {
        Path file = dir.resolve(profile.id() + ".p12");
        Files.write(file, Pkcs12Fixtures.fullChain(ENGINE, ExportOptions.of(profile), PASSWORD.toCharArray()));
        return file;
    }

    private Path passwordFile(String password) throws Exception {
        Path file = dir.resolve("password-" + password.length() + ".txt");
        Files.writeString(file, password, StandardCharsets.US_ASCII);
        return file;
    }

    private static Set<X509Certificate> chain() {
        return new HashSet<>(TestPki.shared().chain());
    }

    private static void assertKeyMatchesLeaf(PrivateKey key) throws Exception {
        RSAPublicKey leafKey = (RSAPublicKey) TestPki.shared().leaf.getPublicKey();
        assertEquals(leafKey.getModulus(), ((RSAPrivateKey) key).getModulus(), "the key matches the leaf");
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(new byte[] { 1, 2, 3 });
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(TestPki.shared().leaf);
        verifier.update(new byte[] { 1, 2, 3 });
        assertTrue(verifier.verify(signer.sign()));
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void openSsl3WithoutLegacyProvider(ExportProfile profile) throws Exception {
        ExternalTool openssl = ExternalTool.require("openssl", "openssl");
        assertTrue(openssl.runOk(null, "version").startsWith("OpenSSL 3"), "OpenSSL 3 is the reference reader");
        Path file = export(profile);
        String pass = "file:" + passwordFile(PASSWORD);
        String all = openssl.runOk(null, "pkcs12", "-in", file.toString(), "-passin", pass, "-nodes");
        assertEquals(chain(), new HashSet<>(Pem.certificates(all)), "leaf and full chain");
        List<byte[]> keys = Pem.blocks(all, "PRIVATE KEY");
        assertEquals(1, keys.size());
        assertKeyMatchesLeaf(Pem.rsaPrivateKey(keys.get(0)));
        String client = openssl.runOk(null, "pkcs12", "-in", file.toString(), "-passin", pass, "-clcerts", "-nokeys");
        assertEquals(List.of(TestPki.shared().leaf), Pem.certificates(client), "the leaf is the key's certificate");
        String info = openssl.runOk(null, "pkcs12", "-in", file.toString(), "-passin", pass, "-info", "-noout");
        assertTrue(info.contains(profile == ExportProfile.MODERN ? "MAC: sha256, Iteration 10000" : "MAC: sha1, Iteration 10000"), info);
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void keytoolOfTheBuildJdk(ExportProfile profile) throws Exception {
        ExternalTool keytool = ExternalTool.at(Path.of(System.getProperty("java.home"), "bin", "keytool"),
                "the build's JDK has no keytool");
        Path file = export(profile);
        String list = keytool.runOk(null, "-J-Duser.language=en", "-J-Duser.country=US", "-list", "-v", "-keystore",
                file.toString(), "-storetype", "PKCS12", "-storepass:file", passwordFile(PASSWORD).toString());
        assertTrue(list.contains("Your keystore contains 1 entry"), list);
        assertTrue(list.contains("Entry type: PrivateKeyEntry"), list);
        assertTrue(list.contains("Certificate chain length: 3"), list);
        assertTrue(list.contains("Owner: C=JP, O=CertDesk Test, CN=CertDesk Test Root CA"), list);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        String alias = Collections.list(store.aliases()).get(0);
        Key key = store.getKey(alias, PASSWORD.toCharArray());
        Certificate[] certificates = store.getCertificateChain(alias);
        assertEquals(TestPki.shared().chain(), List.of(certificates));
        assertKeyMatchesLeaf((PrivateKey) key);
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void nssPk12util(ExportProfile profile) throws Exception {
        ExternalTool pk12util = ExternalTool.require("pk12util", "libnss3-tools");
        ExternalTool certutil = ExternalTool.require("certutil", "libnss3-tools");
        Path file = export(profile);
        Path password = passwordFile(PASSWORD);
        String list = pk12util.runOk(null, "-l", file.toString(), "-w", password.toString());
        assertEquals(1, count(list, "Key(shrouded):"), list);
        assertEquals(3, Pattern.compile("(?m)^Certificate(\\(has private key\\))?:").matcher(list).results().count(), list);
        assertEquals(1, count(list, "Certificate(has private key):"), "NSS pairs the key with one certificate\n" + list);
        assertTrue(Pattern.compile("Certificate\\(has private key\\):\\s+Data:\\s+Version: 3 \\(0x2\\)\\s+Serial Number: "
                + TestPki.shared().leaf.getSerialNumber() + " ").matcher(list).find(), "the key's certificate is the leaf\n" + list);

        Path db = Files.createDirectory(dir.resolve("nssdb"));
        Path empty = passwordFile("");
        certutil.runOk(null, "-N", "-d", "sql:" + db, "-f", empty.toString());
        pk12util.runOk(null, "-i", file.toString(), "-d", "sql:" + db, "-w", password.toString(), "-k", empty.toString());
        String certificates = certutil.runOk(null, "-L", "-d", "sql:" + db);
        String keys = certutil.runOk(null, "-K", "-d", "sql:" + db, "-f", empty.toString());
        assertTrue(certificates.contains("\u5c71\u7530 \u592a\u90ce"), certificates);
        assertTrue(Pattern.compile("\u5c71\u7530 \u592a\u90ce\\s+u,u,u").matcher(certificates).find(),
                "NSS marks the leaf as a user certificate: its key was found\n" + certificates);
        assertTrue(certificates.contains("CertDesk Test Root CA") || certificates.contains("CertDesk Test Issuing CA"),
                certificates);
        assertEquals(1, count(keys, "rsa"), keys);
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void gnuTlsCerttool(ExportProfile profile) throws Exception {
        ExternalTool certtool = ExternalTool.require("certtool", "gnutls-bin");
        Path file = export(profile);
        String info = certtool.runOk(PASSWORD + "\n", "--p12-info", "--inder", "--infile", file.toString());
        assertEquals(chain(), new HashSet<>(Pem.certificates(info)), info);
        List<byte[]> keys = Pem.blocks(info, "ENCRYPTED PRIVATE KEY");
        assertEquals(1, keys.size(), info);

        Path key = dir.resolve("key.pem");
        Files.writeString(key, Pem.encode("ENCRYPTED PRIVATE KEY", keys.get(0)));
        Path leaf = dir.resolve("leaf.pem");
        Files.writeString(leaf, Pem.encode("CERTIFICATE", TestPki.shared().leaf.getEncoded()));
        String keyInfo = certtool.runOk(PASSWORD + "\n", "--key-info", "--pkcs8", "--infile", key.toString());
        String leafInfo = certtool.runOk(null, "--certificate-info", "--infile", leaf.toString());
        assertEquals(publicKeyId(leafInfo), publicKeyId(keyInfo), "GnuTLS: the key's public key is the leaf's");
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void bouncyCastleKeyStore(ExportProfile profile) throws Exception {
        Path file = export(profile);
        KeyStore store = KeyStore.getInstance("PKCS12", TestPki.BC);
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        String alias = Collections.list(store.aliases()).stream().filter(a -> {
            try {
                return store.isKeyEntry(a);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertEquals(TestPki.shared().chain(), List.of(store.getCertificateChain(alias)));
        assertKeyMatchesLeaf((PrivateKey) store.getKey(alias, PASSWORD.toCharArray()));
    }

    private static String publicKeyId(String certtoolOutput) {
        Matcher matcher = Pattern.compile("Public Key ID:\\s*(?:sha1:[0-9a-f]+\\s*)?sha256:([0-9a-f]{64})").matcher(certtoolOutput);
        assertTrue(matcher.find(), certtoolOutput);
        return matcher.group(1);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}

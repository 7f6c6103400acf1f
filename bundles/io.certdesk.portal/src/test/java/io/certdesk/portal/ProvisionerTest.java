package io.certdesk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionerTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Tokyo"));
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @TempDir
    static Path shared;
    static PortalDataFolder folder;
    static List<IssuedCertificate> issued;

    @BeforeAll
    static void provisionThree() throws Exception {
        folder = new PortalDataFolder(shared.resolve("portal"));
        issued = new Provisioner(folder, CLOCK, BC).provision(ProvisioningRequest.of("ACME-01", 3));
    }

    @Test
    void issuesNumbersPasswordsAndFilesOwnerOnly() throws IOException {
        assertEquals(3, issued.size());
        for (IssuedCertificate certificate : issued) {
            assertTrue(certificate.certificateNumber().matches("[0-9]{12}"), certificate.certificateNumber());
            char[] password = certificate.retrievalPassword();
            assertEquals(12, password.length);
            assertFalse(certificate.toString().contains(new String(password)));
            Path p12 = folder.groupFolder("ACME-01").resolve(certificate.certificateNumber() + ".p12");
            Path record = folder.groupFolder("ACME-01").resolve(certificate.certificateNumber() + ".properties");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(record)));
            assertFalse(Files.readString(record).contains(new String(password)), "the record keeps only a hash");
        }
        for (Path dir : List.of(folder.root(), folder.caFolder(), folder.groupFolder("ACME-01"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), dir.toString());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.caFolder().resolve("intermediate.key.pem"))));
    }

    @Test
    void servedPkcs12OpensWithTheRetrievalPasswordAndHoldsTheFullChain() throws Exception {
        IssuedCertificate first = issued.get(0);
        KeyStore store = open(first);
        String alias = store.aliases().nextElement();
        Certificate[] chain = store.getCertificateChain(alias);
        assertEquals(3, chain.length);
        X509Certificate leaf = (X509Certificate) chain[0];
        assertTrue(leaf.getSubjectX500Principal().getName().contains(first.user().department()));
        assertTrue(leaf.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "clientAuth");
        assertEquals(first.certificateNumber(), alias);
        long months = ChronoUnit.DAYS.between(Instant.now(), leaf.getNotAfter().toInstant());
        assertTrue(months > 750 && months < 765, "25 months, not " + months + " days");
        assertEquals(folder.root().toString().isEmpty(), false);
        assertEquals("http://127.0.0.1:18080/repository/intermediate.crt", caIssuers(leaf));
        assertEquals("http://127.0.0.1:18080/repository/root.crt", caIssuers((X509Certificate) chain[1]));
    }

    @Test
    void pkcs12IsPbeSha1TripleDesWithSha1MacAsOpensslReportsIt() throws Exception {
        IssuedCertificate first = issued.get(0);
        Path passwordFile = shared.resolve("pw-" + first.certificateNumber());
        Files.writeString(passwordFile, new String(first.retrievalPassword()));
        Path p12 = folder.groupFolder("ACME-01").resolve(first.certificateNumber() + ".p12");
        String output = run(openssl(), "pkcs12", "-in", p12.toString(), "-info", "-noout", "-passin",
                "file:" + passwordFile);
        assertTrue(output.contains("MAC: sha1, Iteration 2048"), output);
        assertTrue(output.contains("pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048"), output);
        assertFalse(output.contains("RC2"), output);
    }

    @Test
    void chainScopesDecideWhatThePkcs12Holds() throws Exception {
        PortalDataFolder other = new PortalDataFolder(shared.resolve("scopes"));
        Provisioner provisioner = new Provisioner(other, CLOCK, BC);
        IssuedCertificate leafOnly = provisioner.provision(ProvisioningRequest.of("LEAF", 1).withChain(ChainScope.LEAF)).get(0);
        IssuedCertificate withIntermediate = provisioner
                .provision(ProvisioningRequest.of("MID", 1).withChain(ChainScope.INTERMEDIATE)).get(0);
        assertEquals(1, chainLength(other, leafOnly));
        assertEquals(2, chainLength(other, withIntermediate));
    }

    @Test
    void eachUserHasAKeyPairOfItsOwnUnlessABenchmarkAsksForAPool() throws Exception {
        assertEquals(3, issued.stream().map(one -> one.certificate().getPublicKey()).distinct().count());
        assertEquals(3, issued.stream().map(IssuedCertificate::certificateNumber).distinct().count());
        PortalDataFolder poolFolder = new PortalDataFolder(shared.resolve("pool"));
        List<IssuedCertificate> pooled = new Provisioner(poolFolder, CLOCK, BC)
                .provision(ProvisioningRequest.of("POOL", 7).withKeyPool(2));
        List<IssuedCertificate> own = new Provisioner(new PortalDataFolder(shared.resolve("own")), CLOCK, BC)
                .provision(ProvisioningRequest.of("POOL", 7));
        try {
            assertEquals(7, pooled.size());
            assertEquals(2, pooled.stream().map(one -> one.certificate().getPublicKey()).distinct().count());
            assertEquals(7, pooled.stream().map(IssuedCertificate::certificateNumber).distinct().count());
            for (IssuedCertificate one : pooled) {
                KeyStore store = open(poolFolder, one);
                String alias = store.aliases().nextElement();
                assertEquals(one.certificate(), store.getCertificate(alias), "each user's own certificate is served");
                assertNotNull(store.getKey(alias, one.retrievalPassword()));
            }
            assertEquals(7, own.stream().map(one -> one.certificate().getPublicKey()).distinct().count());
            assertEquals(own.stream().map(IssuedCertificate::user).toList(),
                    pooled.stream().map(IssuedCertificate::user).toList(), "issued in parallel, listed in the users' order");
        } finally {
            pooled.forEach(IssuedCertificate::clear);
            own.forEach(IssuedCertificate::clear);
        }
        assertThrows(IllegalArgumentException.class, () -> ProvisioningRequest.of("POOL", 1).withKeyPool(-1));
        assertThrows(IllegalArgumentException.class,
                () -> ProvisioningRequest.of("POOL", 1).withKeyPool(ProvisioningRequest.MAX_KEY_POOL + 1));
    }

    @Test
    void renewalIssuesNewCertificatesToTheSameUsers() throws Exception {
        PortalDataFolder other = new PortalDataFolder(shared.resolve("renewal"));
        Provisioner provisioner = new Provisioner(other, CLOCK, BC);
        List<IssuedCertificate> original = provisioner.provision(ProvisioningRequest.of("RENEW", 2));
        List<IssuedCertificate> renewed = provisioner.provision(ProvisioningRequest.of("RENEW", 1).asRenewal());
        assertEquals(original.stream().map(IssuedCertificate::user).toList(),
                renewed.stream().map(IssuedCertificate::user).toList());
        for (int i = 0; i < 2; i++) {
            assertNotEquals(original.get(i).certificateNumber(), renewed.get(i).certificateNumber());
            assertNotEquals(original.get(i).certificate().getPublicKey(), renewed.get(i).certificate().getPublicKey());
        }
        PortalException none = assertThrows(PortalException.class,
                () -> provisioner.provision(ProvisioningRequest.of("NOBODY", 1).asRenewal()));
        assertTrue(none.getMessage().contains("NOBODY"), none.getMessage());
    }

    @Test
    void demoNamesAreJapaneseAndDeterministic() throws Exception {
        PortalDataFolder a = new PortalDataFolder(shared.resolve("names-a"));
        PortalDataFolder b = new PortalDataFolder(shared.resolve("names-b"));
        List<PortalUser> first = new Provisioner(a, CLOCK, BC).provision(ProvisioningRequest.of("SAME", 2)).stream()
                .map(IssuedCertificate::user).toList();
        List<PortalUser> second = new Provisioner(b, CLOCK, BC).provision(ProvisioningRequest.of("SAME", 2)).stream()
                .map(IssuedCertificate::user).toList();
        assertEquals(first, second);
        for (PortalUser user : first) {
            assertTrue(user.name().chars().anyMatch(c -> c >= 0x4e00), user.name());
            assertTrue(user.email().matches("[a-z]+\\.[a-z]+[0-9]*@example\\.co\\.jp"), user.email());
        }
    }

    @Test
    void badGroupIdIsRefusedNamingIt() {
        PortalException e = assertThrows(PortalException.class, () -> new Provisioner(folder, CLOCK, BC)
                .provision(ProvisioningRequest.of("acme lower", 1)));
        assertTrue(e.getMessage().contains("acme lower"), e.getMessage());
    }

    @Test
    void csvRosterIsUtf8WithBomAndJapaneseHeaders() throws Exception {
        Path csv = shared.resolve("roster.csv");
        Rosters.write(csv, issued, Locale.JAPANESE);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("\u6c0f\u540d,\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9,\u90e8\u7f72,\u30b0\u30eb\u30fc\u30d7ID,"
                + "\u8a3c\u660e\u66f8\u756a\u53f7,\u53d6\u5f97\u30d1\u30b9\u30ef\u30fc\u30c9", lines.get(0));
        assertEquals(4, lines.size());
        IssuedCertificate first = issued.get(0);
        assertEquals(String.join(",", first.user().name(), first.user().email(), first.user().department(), "ACME-01",
                first.certificateNumber(), new String(first.retrievalPassword())), lines.get(1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
        Rosters.write(shared.resolve("roster-en.csv"), issued, Locale.ENGLISH);
        assertTrue(Files.readString(shared.resolve("roster-en.csv")).contains("Certificate number,Retrieval password"));
    }

    @Test
    void xlsxRosterHasOnlyTextCells() throws Exception {
        Path xlsx = shared.resolve("roster.xlsx");
        Rosters.write(xlsx, issued, Locale.JAPANESE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("\u8a3c\u660e\u66f8\u756a\u53f7", sheet.getRow(0).getCell(4).getStringCellValue());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
                }
            }
            assertEquals(issued.get(2).certificateNumber(), sheet.getRow(3).getCell(4).getStringCellValue());
        }
    }

    private KeyStore open(IssuedCertificate certificate) throws Exception {
        return open(folder, certificate);
    }

    private static KeyStore open(PortalDataFolder in, IssuedCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(
                in.groupFolder(certificate.groupId()).resolve(certificate.certificateNumber() + ".p12"))),
                certificate.retrievalPassword());
        return store;
    }

    private static int chainLength(PortalDataFolder in, IssuedCertificate certificate) throws Exception {
        KeyStore store = open(in, certificate);
        return store.getCertificateChain(store.aliases().nextElement()).length;
    }

    private static String caIssuers(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(value).getOctets());
        for (AccessDescription description : aia.getAccessDescriptions()) {
            if (description.getAccessMethod().equals(AccessDescription.id_ad_caIssuers)) {
                return description.getAccessLocation().getName().toString();
            }
        }
        return fail("no caIssuers");
    }

    static Path openssl() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(d -> Path.of(d, "openssl"))
                .filter(Files::isExecutable).findFirst()
                .orElseGet(() -> fail("openssl was not found on the PATH. Install the Debian package 'openssl' "
                        + "(CI installs releng/test-packages.txt)."));
    }

    static String run(Path program, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}

package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConvertTest {

    private static final char[] PORTAL = "Portal-Retrieval-1".toCharArray();
    private static final char[] NEW = "New-Password-2026".toCharArray();
    private final Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);

    @TempDir
    Path dir;

    private Path input(List<java.security.cert.X509Certificate> chain) throws Exception {
        Path in = dir.resolve("EndUser.p12");
        Files.write(in, Pkcs12Fixtures.p12(engine, TestPki.shared().leafKey.getPrivate(), chain,
                ExportOptions.of(ExportProfile.COMPAT), PORTAL));
        return in;
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void convertedFileIsOwnerOnlyAndReadsBack(ExportProfile profile) throws Exception {
        Path in = input(TestPki.shared().chain());
        Path out = dir.resolve("out-" + profile.id() + ".p12");
        TrustSettings trust = TrustSettings.builder().trusted(List.of(TestPki.shared().root)).build();
        ConversionResult result = engine.convert(in, PORTAL, out, NEW, ExportOptions.of(profile), trust, Instant.now());
        assertTrue(result.verdict().passed());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Pkcs12Contents copy = engine.read(out, NEW);
        assertEquals(TestPki.shared().leaf, copy.certificate());
        assertEquals(2, copy.caCertificates().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void existingOutputIsNeverReplaced() throws Exception {
        Path in = input(TestPki.shared().chain());
        Path out = Files.writeString(dir.resolve("exists.p12"), "keep me");
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> engine.convert(in, PORTAL, out, NEW,
                ExportOptions.of(ExportProfile.MODERN), TrustSettings.none(), Instant.now()));
        assertEquals(ErrorCode.P12_CANNOT_WRITE, e.code());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void incompleteOrUntrustedChainWritesNothing() throws Exception {
        Path in = input(List.of(TestPki.shared().leaf));
        Path out = dir.resolve("out.p12");
        TrustSettings root = TrustSettings.builder().trusted(List.of(TestPki.shared().root)).build();
        Pkcs12Exception incomplete = assertThrows(Pkcs12Exception.class, () -> engine.convert(in, PORTAL, out, NEW,
                ExportOptions.of(ExportProfile.MODERN), root, Instant.now()));
        assertEquals(ErrorCode.P12_CHAIN_INCOMPLETE, incomplete.code());
        assertTrue(incomplete.getMessage().contains("CertDesk Test Issuing CA 1"), incomplete.getMessage());

        Path full = input(TestPki.shared().chain());
        TrustSettings other = TrustSettings.builder().trusted(List.of(TestPki.create(null).root)).build();
        Pkcs12Exception untrusted = assertThrows(Pkcs12Exception.class, () -> engine.convert(full, PORTAL, out, NEW,
                ExportOptions.of(ExportProfile.MODERN), other, Instant.now()));
        assertEquals(ErrorCode.P12_CHAIN_UNTRUSTED, untrusted.code());
        assertTrue(Files.notExists(out));
    }

    @Test
    void nonAsciiNewPasswordIsRejected() throws Exception {
        Path in = input(TestPki.shared().chain());
        Pkcs12Exception e = assertThrows(Pkcs12Exception.class, () -> engine.convert(in, PORTAL, dir.resolve("o.p12"),
                "\u30d1\u30b9\u30ef\u30fc\u30c9\u30d1\u30b9\u30ef\u30fc\u30c9".toCharArray(), ExportOptions.of(ExportProfile.MODERN),
                TrustSettings.builder().trusted(List.of(TestPki.shared().root)).build(), Instant.now()));
        assertEquals(ErrorCode.P12_PASSWORD_REJECTED, e.code());
    }

    @Test
    void toStringsShowNoSecrets() throws Exception {
        Pkcs12Contents contents = engine.read(input(TestPki.shared().chain()), PORTAL);
        assertTrue(contents.toString().contains("2 CA certificate(s)"));
        ProxySettings proxy = ProxySettings.manual("proxy.example", 8080, "admin", "Proxy-Secret".toCharArray());
        assertTrue(!proxy.toString().contains("Proxy-Secret") && proxy.toString().contains("****"));
        assertEquals(12, proxy.password().length());
        proxy.close();
        assertTrue(proxy.password().isCleared());
    }
}

package io.certdesk.crypto.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Pkcs12Engine} must do: read what it exports, name wrong passwords and damaged data with their
 * catalogue codes, complete and verify chains against the trust settings, and convert without leaving a file
 * behind on failure. Each implementation runs it through a subclass.
 */
public abstract class Pkcs12EngineContractTest {

    private static final char[] PASSWORD = "Portal-Retrieval-1".toCharArray();
    private static final char[] NEW = "New-Password-2026".toCharArray();

    @TempDir
    Path dir;

    /** The engine under test. */
    protected abstract Pkcs12Engine engine();

    private TrustSettings trustingTheTestRoot() {
        return TrustSettings.builder().trusted(List.of(TestPki.shared().root)).build();
    }

    @Test
    void whatItExportsItReadsBack() throws Exception {
        byte[] data = Pkcs12Fixtures.fullChain(engine(), ExportOptions.of(ExportProfile.MODERN), PASSWORD);
        Pkcs12Contents contents = engine().read(data, "EndUser.p12", PASSWORD);
        assertEquals(TestPki.shared().leaf, contents.certificate());
        assertEquals(2, contents.caCertificates().size());
        Path file = dir.resolve("EndUser.p12");
        Files.write(file, data);
        assertEquals(TestPki.shared().leaf, engine().read(file, PASSWORD).certificate());
    }

    @Test
    void aWrongPasswordAndDamagedDataHaveTheirCodes() throws Exception {
        byte[] data = Pkcs12Fixtures.fullChain(engine(), ExportOptions.of(ExportProfile.COMPAT), PASSWORD);
        Pkcs12Exception wrong = assertThrows(Pkcs12Exception.class,
                () -> engine().read(data, "EndUser.p12", "Zq8-Not-It-77x".toCharArray()));
        assertEquals(ErrorCode.P12_WRONG_PASSWORD, wrong.code());
        assertFalse(wrong.getMessage().contains("Zq8-Not-It-77x"), "no password in the message: " + wrong.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(data, data.length / 2);
        Pkcs12Exception damaged = assertThrows(Pkcs12Exception.class, () -> engine().read(truncated, "cut.p12", PASSWORD));
        assertEquals(ErrorCode.P12_CORRUPT, damaged.code());
        assertTrue(damaged.getMessage().contains("cut.p12"), damaged.getMessage());
    }

    @Test
    void chainsAreCompletedAndVerifiedAgainstTheTrustSettings() throws Exception {
        byte[] data = Pkcs12Fixtures.fullChain(engine(), ExportOptions.of(ExportProfile.MODERN), PASSWORD);
        Pkcs12Contents contents = engine().read(data, "EndUser.p12", PASSWORD);
        CertificateChain chain = engine().completeChain(contents, trustingTheTestRoot());
        assertTrue(chain.complete());
        assertEquals(TestPki.shared().leaf, chain.leaf());
        assertTrue(engine().verify(chain, trustingTheTestRoot(), Instant.now()).passed());
        TrustSettings other = TrustSettings.builder().trusted(List.of(TestPki.create(null).root)).build();
        assertFalse(engine().verify(engine().completeChain(contents, other), other, Instant.now()).passed());
    }

    @Test
    void convertWritesAVerifiedCopyOrNothing() throws Exception {
        Path in = dir.resolve("in.p12");
        Files.write(in, Pkcs12Fixtures.fullChain(engine(), ExportOptions.of(ExportProfile.COMPAT), PASSWORD));
        Path out = dir.resolve("out.p12");
        assertTrue(engine().convert(in, PASSWORD, out, NEW, ExportOptions.of(ExportProfile.MODERN), trustingTheTestRoot(),
                Instant.now()).verdict().passed());
        assertEquals(TestPki.shared().leaf, engine().read(out, NEW).certificate());
        Path refused = dir.resolve("refused.p12");
        TrustSettings other = TrustSettings.builder().trusted(List.of(TestPki.create(null).root)).build();
        assertThrows(Pkcs12Exception.class, () -> engine().convert(in, PASSWORD, refused, NEW,
                ExportOptions.of(ExportProfile.MODERN), other, Instant.now()));
        assertFalse(Files.exists(refused), "nothing written when verification fails");
    }
}

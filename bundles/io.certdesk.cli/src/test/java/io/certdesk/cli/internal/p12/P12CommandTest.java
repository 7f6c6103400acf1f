package io.certdesk.cli.internal.p12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code certdesk p12} through picocli as the product runs it, on the real engine and the committed
 * sample (testdata/P12CommandTest: a test PKI's client certificate as the portal would deliver it).
 */
class P12CommandTest {

    private static final Path DATA = Path.of("src/test/resources/testdata/P12CommandTest");
    private static final String RETRIEVAL_PASSWORD = "corpus-Password-1";
    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create();

    @Command(name = "certdesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Locale locale, String... args) {
        P12CommandContribution contribution = new P12CommandContribution(ENGINE, Clock.systemUTC(), SecretReader.Prompt.none());
        CommandLine root = new CommandLine(new Root());
        CommandLine p12 = new CommandLine(contribution.newCommand());
        contribution.helpTexts(locale).ifPresent(p12::setResourceBundle);
        root.addSubcommand(p12);
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        root.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            return 2;
        });
        root.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(ex.getMessage());
            return 1;
        });
        return root.execute(args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void inspectPrintsSummaryChainVerdictAndAlgorithms() {
        assertEquals(0, run(Locale.ENGLISH, "p12", "inspect", DATA.resolve("EndUser.p12").toString(), "--password-file",
                DATA.resolve("retrieval-password.txt").toString(), "--trust", DATA.resolve("root-ca.pem").toString()),
                err.toString());
        String text = out.toString();
        assertTrue(text.contains("Subject CN:    \u5c71\u7530 \u592a\u90ce"), text);
        assertTrue(text.contains("Subject O:     \u30c6\u30b9\u30c8\u682a\u5f0f\u4f1a\u793e"), text);
        assertTrue(text.contains("Chain (complete):"), text);
        assertTrue(text.contains("CN=CertDesk Test Root CA"), text);
        assertTrue(text.matches("(?s).*SHA-1 thumbprint [0-9A-F]{8} [0-9A-F]{8} [0-9A-F]{8} [0-9A-F]{8} [0-9A-F]{8}.*"), text);
        assertTrue(text.contains("Verification: passed"), text);
        assertTrue(text.contains("PASSED  TRUST_ANCHOR"), text);
        assertTrue(text.contains("MAC: HMAC-SHA1, 10000 iterations, salt 20 bytes"), text);
        assertTrue(text.contains("KEY: PBE-SHA1-3DES, 10000 iterations, salt 20 bytes"), text);
        assertFalse(text.contains(RETRIEVAL_PASSWORD));
    }

    @Test
    void convertWithAGeneratedPasswordPrintsItOnceOnItsOwnLine() throws Exception {
        Path target = dir.resolve("\u5c71\u7530.p12");
        assertEquals(0, run(Locale.ENGLISH, "p12", "convert", DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "modern", "--password-file", DATA.resolve("retrieval-password.txt").toString(),
                "--trust", DATA.resolve("root-ca.pem").toString(), "--generate-password", "--offline"), err.toString());
        List<String> lines = out.toString().lines().toList();
        int label = lines.indexOf(lines.stream().filter(l -> l.startsWith("Generated password")).findFirst().orElseThrow());
        String generated = lines.get(label + 1);
        assertEquals(16, generated.length(), generated);
        assertEquals(1, lines.stream().filter(l -> l.contains(generated)).count(), "printed once");
        assertFalse(err.toString().contains(generated));
        Pkcs12Contents copy = ENGINE.read(target, generated.toCharArray());
        assertEquals(2, copy.caCertificates().size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertTrue(out.toString().contains("profile modern (PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC, MAC HMAC-SHA256"),
                out.toString());
    }

    @Test
    void convertCompatWithANewPasswordFileAndNoRoot() throws Exception {
        Path target = dir.resolve("out.p12");
        Path newPassword = file("new.txt", "Delivery-Pw-2026\n");
        assertEquals(0, run(Locale.ENGLISH, "p12", "convert", DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "compat", "--password-file", DATA.resolve("retrieval-password.txt").toString(),
                "--new-password-file", newPassword.toString(), "--no-root", "--offline",
                "--trust", DATA.resolve("root-ca.pem").toString()), err.toString());
        Pkcs12Contents copy = ENGINE.read(target, "Delivery-Pw-2026".toCharArray());
        assertEquals(1, copy.caCertificates().size());
        assertFalse(out.toString().contains("Delivery-Pw-2026"));
        assertTrue(out.toString().contains("PASSED  TRUST_ANCHOR"), out.toString());
    }

    @Test
    void withoutATrustAnchorInspectSaysNotVerifiedAndConvertRefusesUnlessAllowed() throws Exception {
        assertEquals(0, run(Locale.ENGLISH, "p12", "inspect", DATA.resolve("EndUser.p12").toString(), "--password-file",
                DATA.resolve("retrieval-password.txt").toString()), err.toString());
        assertTrue(out.toString().contains("Verification: not verified: no trust anchor"), out.toString());
        assertFalse(out.toString().contains("Verification: passed"), out.toString());
        assertTrue(out.toString().contains("FAILED  TRUST_ANCHOR"), out.toString());

        Path target = dir.resolve("out.p12");
        Path newPassword = file("new.txt", "Delivery-Pw-2026\n");
        assertEquals(1, run(Locale.ENGLISH, "p12", "convert", DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "modern", "--new-password-file", newPassword.toString()));
        assertTrue(err.toString().contains("[215]"), err.toString());
        assertTrue(err.toString().contains("--allow-untrusted"), err.toString());
        assertTrue(Files.notExists(target));

        assertEquals(0, run(Locale.ENGLISH, "p12", "convert", DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "modern", "--password-file", DATA.resolve("retrieval-password.txt").toString(),
                "--new-password-file", newPassword.toString(), "--allow-untrusted"), err.toString());
        assertTrue(err.toString().contains("WARNING: --allow-untrusted"), err.toString());
        assertTrue(out.toString().contains("Verification: not verified: no trust anchor"), out.toString());
        assertTrue(out.toString().contains("SKIPPED  TRUST_ANCHOR"), out.toString());

        Path pinned = dir.resolve("pinned.p12");
        String wrongPin = "AB".repeat(20);
        assertEquals(1, run(Locale.ENGLISH, "p12", "convert", DATA.resolve("EndUser.p12").toString(), pinned.toString(),
                "--profile", "modern", "--password-file", DATA.resolve("retrieval-password.txt").toString(),
                "--new-password-file", newPassword.toString(), "--root-fingerprint", wrongPin, "--allow-untrusted"));
        assertTrue(err.toString().contains("[211]"), "with an anchor, --allow-untrusted changes nothing: " + err);
        assertTrue(Files.notExists(pinned));
    }

    @Test
    void wrongPasswordFailsWithItsCodeAndWritesNothing() throws Exception {
        Path target = dir.resolve("out.p12");
        assertEquals(1, run(Locale.ENGLISH, "p12", "convert", "--trust", DATA.resolve("root-ca.pem").toString(), DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "modern", "--password-file", file("wrong.txt", "not-the-password").toString(),
                "--generate-password", "--offline"));
        assertTrue(err.toString().contains("EndUser.p12: [202] The password is wrong."), err.toString());
        assertFalse(err.toString().contains("not-the-password"));
        assertTrue(Files.notExists(target));
    }

    @Test
    void fullWidthNewPasswordIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path target = dir.resolve("out.p12");
        assertEquals(1, run(Locale.ENGLISH, "p12", "convert", "--trust", DATA.resolve("root-ca.pem").toString(), DATA.resolve("EndUser.p12").toString(), target.toString(),
                "--profile", "modern", "--password-file", DATA.resolve("retrieval-password.txt").toString(),
                "--new-password-file", file("new.txt", "\uff30\uff41\uff53\uff53word-2026").toString(), "--offline"));
        assertTrue(err.toString().contains("[214]"), err.toString());
        assertTrue(err.toString().contains("full-width"), err.toString());
        assertTrue(Files.notExists(target));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(Locale.ENGLISH, "p12", "convert", "in.p12", "out.p12"));
        assertTrue(err.toString().contains("--profile"), err.toString());
        assertEquals(2, run(Locale.ENGLISH, "p12", "convert", "in.p12", "out.p12", "--profile", "legacy",
                "--generate-password"));
        assertTrue(err.toString().contains("Unknown profile legacy"), err.toString());
        assertEquals(2, run(Locale.ENGLISH, "p12", "convert", "in.p12", "out.p12", "--profile", "modern",
                "--generate-password", "--new-password-file", "x.txt"));
    }

    @Test
    void withoutPasswordFileAndTerminalTheUserIsToldWhatToDo() {
        assertEquals(2, run(Locale.ENGLISH, "p12", "inspect", DATA.resolve("EndUser.p12").toString()));
        assertTrue(err.toString().contains("--password-file"), err.toString());
    }

    @Test
    void helpIsEnglishOrJapanese() {
        assertEquals(1, run(Locale.ENGLISH, "p12", "convert", "--trust", DATA.resolve("root-ca.pem").toString(), "--profile",
                "modern", "a", "b", "--generate-password", "--password-file", "missing.txt"));
        assertTrue(err.toString().contains("The password file missing.txt does not exist."), err.toString());
        CommandLine p12 = new CommandLine(new P12CommandContribution(ENGINE, Clock.systemUTC(), SecretReader.Prompt.none())
                .newCommand());
        CommandLine root = new CommandLine(new Root()).addSubcommand(p12);
        p12.setResourceBundle(new P12CommandContribution(ENGINE, Clock.systemUTC(), SecretReader.Prompt.none())
                .helpTexts(Locale.JAPANESE).orElseThrow());
        String japanese = p12.getSubcommands().get("convert").getUsageMessage();
        assertTrue(japanese.contains("\u4f7f\u3044\u65b9"), japanese);
        assertTrue(japanese.contains("\u65b0\u3057\u3044\u30d1\u30b9\u30ef\u30fc\u30c9"), japanese);
        p12.setResourceBundle(new P12CommandContribution(ENGINE, Clock.systemUTC(), SecretReader.Prompt.none())
                .helpTexts(Locale.ENGLISH).orElseThrow());
        String english = p12.getSubcommands().get("convert").getUsageMessage();
        assertTrue(english.contains("Usage: certdesk p12 convert"), english);
        assertTrue(english.contains("--generate-password"), english);
        assertTrue(root.getSubcommands().containsKey("p12"));
        assertTrue(new ArrayList<>(p12.getSubcommands().keySet()).containsAll(List.of("inspect", "convert")));
    }
}

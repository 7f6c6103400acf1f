package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PKCS#12 commands inside the built product (DS engine service, Bouncy Castle bundles) on a file made the way a
 * portal makes it: OpenSSL, root CA and user certificate, PBE-SHA1-3DES with a SHA-1 MAC. OpenSSL reads the result.
 */
class Pkcs12CommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static Path script;
    private static Path dir;

    @BeforeAll
    static void makePortalFile() throws Exception {
        script = Products.linuxScript();
        dir = Files.createDirectories(Products.work().resolve("p12"));
        Files.writeString(dir.resolve("retrieval.txt"), "Portal-Retrieval-01\n");
        Files.writeString(dir.resolve("ext.cnf"),
                "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "365",
                "-subj", "/O=CertDesk Test/CN=Test Root CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "user.key", "-out", "user.csr",
                "-subj", "/O=Example Corp/OU=Treasury/CN=Yamada Taro");
        openssl("x509", "-req", "-in", "user.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "user.pem", "-days", "200", "-extfile", "ext.cnf");
        openssl("pkcs12", "-export", "-inkey", "user.key", "-in", "user.pem", "-certfile", "ca.pem", "-out", "in.p12",
                "-passout", "file:retrieval.txt", "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES",
                "-macalg", "sha1");
    }

    private static CommandResult openssl(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        CommandResult result = CommandResult.run(TIMEOUT, env -> { }, withDir(command));
        assertEquals(0, result.exit(), () -> "openssl " + String.join(" ", args) + ": " + result);
        return result;
    }

    /** Runs the command in the test folder, where relative file names resolve. */
    private static String[] withDir(String... command) {
        String[] wrapped = new String[command.length + 4];
        wrapped[0] = "sh";
        wrapped[1] = "-c";
        wrapped[2] = "cd \"$0\" && exec \"$@\"";
        wrapped[3] = dir.toString();
        System.arraycopy(command, 0, wrapped, 4, command.length);
        return wrapped;
    }

    private static CommandResult certdesk(String... args) throws Exception {
        return CommandResult.run(TIMEOUT, env -> env.remove("DISPLAY"),
                withDir(CommandResult.command(script, args).toArray(String[]::new)));
    }

    @Test
    void inspectShowsTheCertificateAndTheChain() throws Exception {
        CommandResult result = certdesk("p12", "inspect", "in.p12", "--password-file", "retrieval.txt");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Yamada Taro"), result::toString);
        assertTrue(result.out().contains("CN=Test Root CA"), result::toString);
        assertTrue(result.out().contains("PBE-SHA1-3DES"), result::toString);
    }

    @Test
    void wrongPasswordIsCode202AndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("wrong.txt"), "not-the-password\n");
        CommandResult result = certdesk("p12", "convert", "in.p12", "never.p12", "--profile", "compat",
                "--password-file", "wrong.txt", "--generate-password", "--trust", "ca.pem", "--offline");
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("202"), result::toString);
        assertFalse(Files.exists(dir.resolve("never.p12")));
        assertFalse(result.out().contains("not-the-password") || result.err().contains("not-the-password"));
    }

    @Test
    void convertWritesAnOwnerOnlyModernFileThatOpensslReadsWithTheGeneratedPassword() throws Exception {
        Files.deleteIfExists(dir.resolve("out.p12"));
        CommandResult result = certdesk("p12", "convert", "in.p12", "out.p12", "--profile", "modern",
                "--password-file", "retrieval.txt", "--generate-password", "--trust", "ca.pem", "--offline");
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().filter(l -> !l.isBlank()).toList();
        String password = lines.get(lines.size() - 1).trim();
        assertTrue(password.matches("[\\x21-\\x7e]{16}"), "the last line is not a generated password: " + password);
        Path out = dir.resolve("out.p12");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));

        Files.writeString(dir.resolve("new.txt"), password + "\n");
        CommandResult info = openssl("pkcs12", "-in", "out.p12", "-info", "-nodes", "-passin", "file:new.txt");
        String text = info.out() + info.err();
        assertTrue(text.contains("PBES2") && text.contains("AES-256-CBC"), text);
        assertTrue(text.contains("subject=O = Example Corp, OU = Treasury, CN = Yamada Taro"), text);
        assertTrue(text.contains("subject=O = CertDesk Test, CN = Test Root CA"), text);
    }
}

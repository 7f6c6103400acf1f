package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.certdesk.delivery.testing.ExternalTool;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against a real MTA: Debian's Exim (package exim4-daemon-light), started by this test in the
 * foreground on a free loopback port with its own configuration, spool and Maildir (the system's port 25
 * service is never touched). Exim offers STARTTLS with a test certificate and refuses MAIL in clear text.
 * The delivered mails are parsed back by an independent MIME parser (Python's email package), and the
 * attached PKCS#12 is opened by openssl with the password taken from the other mail.
 */
class MtaEndToEndTest {

    @TempDir
    Path dir;

    private Process exim;

    @AfterEach
    void stopExim() throws InterruptedException {
        if (exim != null) {
            exim.destroy();
            if (!exim.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                exim.destroyForcibly();
            }
        }
    }

    @Test
    void fileAndPasswordArriveThroughARealMtaAndTheFileOpensWithTheOtherMailsPassword() throws Exception {
        ExternalTool eximTool = ExternalTool.require("exim4", "exim4-daemon-light");
        ExternalTool python = ExternalTool.require("python3", "python3");
        ExternalTool openssl = ExternalTool.require("openssl", "openssl");

        Path base = Files.createDirectories(dir.resolve("mta"));
        // Exim gives up root for a configuration given with -C and runs as its own user: let it in.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path spool = writable(base.resolve("spool"));
        Path log = writable(base.resolve("log"));
        Path maildir = writable(base.resolve("Maildir"));
        TestPki.ServerKey key = TestPki.serverKey(base.resolve("tls"), "localhost");
        Path tlsKey = base.resolve("tls/localhost.key");
        Files.setPosixFilePermissions(base.resolve("tls"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tlsKey, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(key.certificatePem(), PosixFilePermissions.fromString("rw-r--r--"));
        int port = freePort();
        Path config = base.resolve("exim.conf");
        String user = "root".equals(System.getProperty("user.name")) ? "Debian-exim" : System.getProperty("user.name");
        Files.writeString(config, String.join("\n",
                "primary_hostname = mta.certdesk.test",
                "spool_directory = " + spool,
                "log_file_path = " + log + "/%slog",
                "pid_file_path = " + spool + "/exim.pid",
                "keep_environment =",
                "daemon_smtp_ports = " + port,
                "local_interfaces = <; 127.0.0.1",
                "domainlist local_domains = example.test",
                "host_lookup =",
                "rfc1413_hosts =",
                "tls_advertise_hosts = *",
                "tls_certificate = " + key.certificatePem(),
                "tls_privatekey = " + tlsKey,
                "acl_smtp_mail = acl_check_mail",
                "acl_smtp_rcpt = acl_check_rcpt",
                "begin acl",
                "acl_check_mail:",
                "  deny message = STARTTLS first",
                "       !encrypted = *",
                "  accept",
                "acl_check_rcpt:",
                "  accept domains = +local_domains",
                "  deny message = relay not permitted",
                "begin routers",
                "mailbox:",
                "  driver = accept",
                "  domains = +local_domains",
                "  transport = maildir",
                "begin transports",
                "maildir:",
                "  driver = appendfile",
                "  directory = " + maildir,
                "  maildir_format",
                "  envelope_to_add",
                "  return_path_add",
                "  user = " + user,
                "  mode = 0600",
                "begin retry",
                "* * F,1m,10s",
                ""), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        exim = new ProcessBuilder(eximTool.path().toString(), "-C", config.toString(), "-bdf", "-oX",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(base.resolve("exim.out").toFile())
                .start();
        awaitListening(port, base);

        VirtualTime time = new VirtualTime();
        String password = "Kx7-pQ2m-Rt9w-Lz4v";
        Path p12 = TestPki.userP12(dir.resolve("p12"), "Taro Yamada", password);
        DeliveryItem item = new DeliveryItem(1, 1, "山田 太郎", "情報システム部", "taro@example.test",
                "manager@example.test", DeliveryChannel.MAIL, DeliveryChannel.MAIL, "2026040100001", AttachmentSource.file(p12),
                "証明書_山田太郎.p12", java.time.LocalDate.of(2027, 3, 31), "CertDesk Test CA", password::toCharArray);
        SmtpSettings smtp = new SmtpSettings("localhost", port, SmtpSecurity.STARTTLS_REQUIRED, "", null,
                List.of(key.certificate()), Duration.ofSeconds(20));
        DeliverySettings settings = DeliverySettings.builder(smtp, "admin@corp.example.jp").fromName("証明書管理者")
                .adminContact("情報システム部 内線 1234").passwordMailDelay(Duration.ofMinutes(5)).build();
        DeliveryReport report;
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("workspace.db"), time)) {
            report = new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).deliver(List.of(item),
                    DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
            assertEquals(2, report.count(DeliveryState.ACCEPTED), report + "\n" + eximLog(log));
        }
        awaitMessages(maildir, 2, log);

        Path attachment = dir.resolve("attachment.p12");
        Path script = dir.resolve("mime_check.py");
        try (InputStream in = getClass().getResourceAsStream("/testdata/MtaEndToEndTest/mime_check.py")) {
            Files.copy(in, script);
        }
        Map<String, String> found = parse(python.runOk(script.toString(), maildir.toString(), "taro@example.test",
                "manager@example.test", attachment.toString()));
        assertEquals("2", found.get("messages"), found.toString());
        assertEquals("1", found.get("file_mails"));
        assertEquals("1", found.get("password_mails"));
        assertEquals("【クライアント証明書】山田 太郎 様の証明書ファイルをお送りします（2026040100001）", found.get("file_subject"));
        assertTrue(found.get("file_raw_subject").startsWith("=?UTF-8?B?"), found.get("file_raw_subject"));
        assertEquals("証明書管理者 <admin@corp.example.jp>", found.get("file_from"));
        assertEquals("山田 太郎 <taro@example.test>", found.get("file_to"));
        assertEquals("true", found.get("file_received_esmtps"), "delivered over TLS");
        assertEquals("", found.get("file_defects"), "no MIME defects");
        assertEquals(report.result(1, DeliveryPart.FILE).orElseThrow().messageId(), found.get("file_message_id"));
        assertNotEquals(found.get("file_message_id"), found.get("password_message_id"));
        assertEquals("1", found.get("attachments"));
        assertEquals("application/x-pkcs12", found.get("attachment_type"));
        assertEquals("証明書_山田太郎.p12", found.get("attachment_name"));
        assertTrue(found.get("file_raw_disposition").contains("filename*=UTF-8''%E8%A8%BC%E6%98%8E%E6%9B%B8"),
                found.get("file_raw_disposition"));
        assertTrue(found.get("file_body").contains("有効期限"), found.get("file_body"));
        assertEquals("0", found.get("password_attachments"));
        assertEquals(password, found.get("password"), "password mail carries the password");
        assertEquals("false", found.get("password_in_file_mail"), "the file mail never holds the password");

        String opened = openssl.runOk("pkcs12", "-in", attachment.toString(), "-passin", "pass:" + found.get("password"),
                "-nokeys", "-info");
        assertTrue(opened.contains("CN=Taro Yamada") || opened.contains("CN = Taro Yamada"), opened);
        assertNotEquals(0, openssl.run("pkcs12", "-in", attachment.toString(), "-passin", "pass:wrong", "-nokeys",
                "-info").exitCode());
    }

    private static Path writable(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        return folder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port, Path base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!exim.isAlive()) {
                fail("exim stopped: " + Files.readString(base.resolve("exim.out")) + eximLog(base.resolve("log")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("exim does not listen on " + port + ": " + eximLog(base.resolve("log")));
    }

    private static void awaitMessages(Path maildir, int count, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Path fresh = maildir.resolve("new");
            if (Files.isDirectory(fresh)) {
                try (Stream<Path> files = Files.list(fresh)) {
                    if (files.count() >= count) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        fail("exim did not deliver " + count + " messages: " + eximLog(log));
    }

    private static String eximLog(Path log) throws IOException {
        StringBuilder text = new StringBuilder();
        if (Files.isDirectory(log)) {
            try (Stream<Path> files = Files.list(log)) {
                for (Path file : files.toList()) {
                    text.append('\n').append(file.getFileName()).append(":\n").append(Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

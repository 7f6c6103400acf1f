package io.certdesk.delivery.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MTA for end-to-end mail tests: Debian's Exim (package exim4-daemon-light), started in the foreground on a
 * free loopback port with its own configuration, spool, log and Maildir under a folder of the test (the system's
 * port 25 service is never touched). It offers STARTTLS with a self-signed certificate for {@code localhost}
 * ({@link #certificate()}, for the client to trust) and refuses MAIL in clear text. Mail to the domain
 * {@code example.test} is delivered into {@link #maildir()}; anything else is refused as relaying. With a login
 * ({@link #start(Path, String, String)}) it offers AUTH PLAIN only over TLS and refuses MAIL without it.
 * Missing exim4 or openssl fails the test naming the Debian package (never a skip).
 */
public final class Exim implements AutoCloseable {

    /** The domain whose mail Exim delivers into the Maildir. */
    public static final String DOMAIN = "example.test";

    private final Process process;
    private final int port;
    private final Path maildir;
    private final Path log;
    private final TestPki.ServerKey key;

    private Exim(Process process, int port, Path maildir, Path log, TestPki.ServerKey key) {
        this.process = process;
        this.port = port;
        this.maildir = maildir;
        this.log = log;
        this.key = key;
    }

    /** Exim without authentication (STARTTLS required). */
    public static Exim start(Path dir) throws Exception {
        return start(dir, null, null);
    }

    /**
     * Exim in {@code dir} (made world-readable: Exim gives up root for a configuration given with -C and runs as its
     * own user; so pass a {@code @TempDir} of its own, whose parents others may pass through). With {@code user} and {@code password} not null, MAIL needs AUTH PLAIN with them, offered over TLS.
     */
    public static Exim start(Path dir, String user, String password) throws Exception {
        ExternalTool exim = ExternalTool.require("exim4", "exim4-daemon-light");
        Path base = Files.createDirectories(dir.resolve("mta"));
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
        String owner = "root".equals(System.getProperty("user.name")) ? "Debian-exim" : System.getProperty("user.name");
        boolean login = user != null && password != null;
        List<String> lines = new ArrayList<>(List.of(
                "primary_hostname = mta.certdesk.test",
                "spool_directory = " + spool,
                "log_file_path = " + log + "/%slog",
                "pid_file_path = " + spool + "/exim.pid",
                "keep_environment =",
                "daemon_smtp_ports = " + port,
                "local_interfaces = <; 127.0.0.1",
                "domainlist local_domains = " + DOMAIN,
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
                "       !encrypted = *"));
        if (login) {
            lines.addAll(List.of(
                    "  deny message = authentication required",
                    "       !authenticated = *"));
        }
        lines.addAll(List.of(
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
                "  user = " + owner,
                "  mode = 0600",
                "begin retry",
                "* * F,1m,10s"));
        if (login) {
            // AUTH PLAIN: $auth2 is the user, $auth3 the password; offered only once the session is encrypted
            lines.addAll(List.of(
                    "begin authenticators",
                    "plain:",
                    "  driver = plaintext",
                    "  public_name = PLAIN",
                    "  server_prompts = :",
                    "  server_advertise_condition = ${if def:tls_in_cipher}",
                    "  server_condition = ${if and {{eq{$auth2}{" + user + "}}{eq{$auth3}{" + password + "}}}}",
                    "  server_set_id = $auth2"));
        }
        lines.add("");
        Files.writeString(config, String.join("\n", lines), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Process process = new ProcessBuilder(exim.path().toString(), "-C", config.toString(), "-bdf", "-oX",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(base.resolve("exim.out").toFile())
                .start();
        Exim started = new Exim(process, port, maildir, log, key);
        try {
            started.awaitListening(base.resolve("exim.out"));
        } catch (Throwable e) {
            started.close();
            throw e;
        }
        return started;
    }

    public int port() {
        return port;
    }

    /** The Maildir mail to {@value #DOMAIN} goes into (delivered mails in its {@code new} folder). */
    public Path maildir() {
        return maildir;
    }

    /** Exim's TLS certificate, for the client to trust. */
    public X509Certificate certificate() throws Exception {
        return key.certificate();
    }

    /** The delivered mails (files in the Maildir's {@code new} folder), once at least {@code count} are there. */
    public List<Path> awaitMessages(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> found = messages();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        return fail("exim did not deliver " + count + " messages: " + log());
    }

    /** The delivered mails now. */
    public List<Path> messages() throws IOException {
        Path fresh = maildir.resolve("new");
        if (!Files.isDirectory(fresh)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fresh)) {
            return files.sorted().toList();
        }
    }

    /** Exim's main, reject and panic logs, for failure messages. */
    public String log() throws IOException {
        StringBuilder text = new StringBuilder();
        if (Files.isDirectory(log)) {
            try (Stream<Path> files = Files.list(log)) {
                for (Path file : files.sorted().toList()) {
                    text.append('\n').append(file.getFileName()).append(":\n").append(Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening(Path out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("exim stopped: " + Files.readString(out) + log());
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("exim does not listen on " + port + ": " + log());
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
}

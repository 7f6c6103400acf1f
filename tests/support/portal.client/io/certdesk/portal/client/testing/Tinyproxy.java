package io.certdesk.portal.client.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real forward proxy for tests: Debian's tinyproxy, started in the foreground on a free loopback port
 * with a generated configuration (Basic authentication, only 127.0.0.1 allowed, CONNECT only to the
 * portal's port), and stopped after. Never the system service. A missing binary fails the test naming the
 * package.
 */
public final class Tinyproxy implements AutoCloseable {

    public static final String PACKAGE = "tinyproxy-bin";

    private final Process process;
    private final int port;
    private final Path log;

    private Tinyproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Tinyproxy start(Path dir, String user, String password, int connectPort) throws IOException,
            InterruptedException {
        Path binary = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                Stream.of("/usr/bin", "/usr/sbin")).map(d -> Path.of(d, "tinyproxy")).filter(Files::isExecutable)
                .findFirst().orElseGet(() -> fail("tinyproxy was not found. Install the Debian package '" + PACKAGE
                        + "' (apt-get install " + PACKAGE + "; CI installs releng/test-packages.txt)."));
        int port = TestPortal.freePort();
        Files.createDirectories(dir);
        Path log = dir.resolve("tinyproxy.log");
        Path config = dir.resolve("tinyproxy.conf");
        Files.writeString(config, String.join("\n", List.of("Port " + port, "Listen 127.0.0.1", "Timeout 30",
                "MaxClients 50", "Allow 127.0.0.1", "BasicAuth " + user + " " + password, "ConnectPort " + connectPort,
                "LogLevel Info", "LogFile \"" + log + "\"", "PidFile \"" + dir.resolve("tinyproxy.pid") + "\"", "")));
        Process process = new ProcessBuilder(binary.toString(), "-d", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("tinyproxy.out").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                fail("tinyproxy exited with " + process.exitValue() + ": " + Files.readString(dir.resolve("tinyproxy.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new Tinyproxy(process, port, log);
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        return fail("tinyproxy did not listen on port " + port + " within 10 s");
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : ""; //$NON-NLS-1$
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}

package io.certdesk.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.delivery.internal.SinkSession;

/**
 * The demo's mail server: a minimal RFC 5321 SMTP server on 127.0.0.1 that accepts every message and stores
 * it as an {@code .eml} file (readable by its owner only: password mails are among them) in a folder, the
 * workspace's outbox, for viewing. No TLS and no AUTH: it listens on loopback only, so the engine's
 * {@link SmtpSecurity#NONE_LOOPBACK_ONLY} mode may talk to it in clear text.
 */
public final class LoopbackMailSink implements AutoCloseable {

    private final ServerSocket server;
    private final Path folder;
    private final ExecutorService sessions;
    private final AtomicInteger received = new AtomicInteger();
    private final Thread acceptor;

    private LoopbackMailSink(ServerSocket server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.sessions = Executors.newVirtualThreadPerTaskExecutor();
        this.acceptor = Thread.ofPlatform().daemon().name("certdesk-mail-sink").unstarted(this::acceptLoop); //$NON-NLS-1$
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param folder where received messages are stored (created owner-only when missing)
     * @param port the port, or 0 for any free port
     */
    public static LoopbackMailSink start(Path folder, int port) throws DeliveryException {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        try {
            OwnerOnly.directories(folder);
        } catch (IOException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, folder.toString(), e.getMessage(), e);
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            closeQuietly(server);
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, "127.0.0.1:" + port, e.getMessage(), e); //$NON-NLS-1$
        }
        LoopbackMailSink sink = new LoopbackMailSink(server, folder);
        sink.acceptor.start();
        return sink;
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** The folder messages land in. */
    public Path folder() {
        return folder;
    }

    /** How many messages were stored so far. */
    public int received() {
        return received.get();
    }

    @Override
    public void close() {
        closeQuietly(server);
        sessions.shutdownNow();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sessions.execute(() -> new SinkSession(socket, folder, received).run());
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void closeQuietly(ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // closing: nothing to do
            }
        }
    }
}

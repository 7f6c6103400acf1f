package io.certdesk.delivery.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real SMTP server on 127.0.0.1 whose answers a test scripts: per recipient, the replies to RCPT (one per
 * attempt, then 250), a connection drop after the message data (outcome unknown), and optional STARTTLS with
 * a given certificate. It counts connections and keeps every accepted message.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** An accepted message with its envelope. */
    public record Received(String from, List<String> to, byte[] data) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final SSLContext tls;
    private final Map<String, Deque<String>> rcptReplies = new ConcurrentHashMap<>();
    private final Map<String, Integer> dropAfterData = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger dataCommands = new AtomicInteger();
    private final Thread acceptor;

    private ScriptedSmtpServer(SSLContext tls) throws IOException {
        this.tls = tls;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.acceptor = Thread.ofVirtual().start(this::acceptLoop);
    }

    /** Without STARTTLS. */
    public static ScriptedSmtpServer plain() throws IOException {
        return new ScriptedSmtpServer(null);
    }

    /** Offers STARTTLS with the context's certificate. */
    public static ScriptedSmtpServer withStartTls(SSLContext tls) throws IOException {
        return new ScriptedSmtpServer(tls);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** RCPT TO for the address answers these replies, one per attempt, then 250. */
    public ScriptedSmtpServer replyToRcpt(String address, String... replies) {
        rcptReplies.put(address.toLowerCase(Locale.ROOT), new ArrayDeque<>(List.of(replies)));
        return this;
    }

    /** After the data of a message to the address, close the connection without a reply, {@code times} times. */
    public ScriptedSmtpServer dropAfterData(String address, int times) {
        dropAfterData.put(address.toLowerCase(Locale.ROOT), times);
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Received> receivedFor(String address) {
        return received().stream().filter(r -> r.to().contains(address)).toList();
    }

    public int connections() {
        return connections.get();
    }

    /** Messages whose data was transferred (accepted or dropped). */
    public int dataTransfers() {
        return dataCommands.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> session(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try {
            Socket current = socket;
            InputStream in = new BufferedInputStream(current.getInputStream());
            OutputStream out = current.getOutputStream();
            reply(out, "220 scripted ESMTP");
            String from = null;
            List<String> to = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    reply(out, tls != null && !(current instanceof SSLSocket) ? "250-scripted\r\n250-STARTTLS\r\n250 8BITMIME"
                            : "250-scripted\r\n250 8BITMIME");
                } else if (upper.equals("STARTTLS") && tls != null) {
                    reply(out, "220 2.0.0 ready");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(current, "localhost",
                            current.getPort(), true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    current = secure;
                    in = new BufferedInputStream(secure.getInputStream());
                    out = secure.getOutputStream();
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = strip(line.substring(10));
                    to.clear();
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO:")) {
                    String address = strip(line.substring(8));
                    Deque<String> script = rcptReplies.get(address.toLowerCase(Locale.ROOT));
                    String answer = script == null || script.isEmpty() ? "250 OK" : script.poll();
                    if (answer.startsWith("2")) {
                        to.add(address);
                    }
                    reply(out, answer);
                } else if (upper.equals("DATA")) {
                    reply(out, "354 go ahead");
                    byte[] data = readData(in);
                    dataCommands.incrementAndGet();
                    boolean drop = false;
                    for (String address : to) {
                        Integer left = dropAfterData.get(address.toLowerCase(Locale.ROOT));
                        if (left != null && left > 0) {
                            dropAfterData.put(address.toLowerCase(Locale.ROOT), left - 1);
                            drop = true;
                        }
                    }
                    if (drop) {
                        current.close();
                        return;
                    }
                    received.add(new Received(from, List.copyOf(to), data));
                    reply(out, "250 2.0.0 queued as " + received.size());
                } else if (upper.equals("RSET") || upper.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 bye");
                    current.close();
                    return;
                } else {
                    reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // client went away or TLS handshake refused
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }
    }

    private static String strip(String path) {
        String value = path.strip();
        int space = value.indexOf(' ');
        if (space > 0) {
            value = value.substring(0, space);
        }
        return value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
    }

    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            data.writeBytes((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
            data.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return data.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(c);
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}

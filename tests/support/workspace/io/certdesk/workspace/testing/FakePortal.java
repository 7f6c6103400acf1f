package io.certdesk.workspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A portal on 127.0.0.1: {@code POST /download} with {@code group}, {@code number} and {@code password} answers
 * the certificate's PKCS#12 (200), 401 for wrong credentials, 410 when its 24-hour window is closed. It counts the
 * downloads it served per certificate number and the most it served at once.
 */
public final class FakePortal implements AutoCloseable {

    /** One certificate the portal can hand out. */
    public record Issued(String group, String password, byte[] p12) {
    }

    private final HttpServer server;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    private final Map<String, Boolean> windowClosed = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long delayMillis;
    private volatile Instant firstDownloadHeader;

    public FakePortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/download", this::download);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/download");
    }

    public void add(String number, Issued certificate) {
        issued.put(number, certificate);
    }

    public Issued issued(String number) {
        return issued.get(number);
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    public void closeWindow(String number) {
        windowClosed.put(number, Boolean.TRUE);
    }

    /** Answers carry {@code X-First-Download} with this time. */
    public void firstDownloadHeader(Instant at) {
        firstDownloadHeader = at;
    }

    public int served(String number) {
        AtomicInteger count = served.get(number);
        return count == null ? 0 : count.get();
    }

    public int servedTotal() {
        return served.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void download(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (exchange) {
            Map<String, String> form = form(exchange.getRequestBody());
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String number = form.getOrDefault("number", "");
            Issued certificate = issued.get(number);
            if (counted.getAndSet(false)) {
                inFlight.decrementAndGet(); // answered from here on: the client may send its next request
            }
            if (certificate == null || !certificate.group().equals(form.get("group"))
                    || !certificate.password().equals(form.get("password"))) {
                send(exchange, 401, "authentication failed".getBytes(StandardCharsets.UTF_8), "text/plain");
                return;
            }
            if (windowClosed.containsKey(number)) {
                send(exchange, 410, "already downloaded".getBytes(StandardCharsets.UTF_8), "text/plain");
                return;
            }
            served.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"EndUser.p12\"");
            if (firstDownloadHeader != null) {
                exchange.getResponseHeaders().add("X-First-Download", firstDownloadHeader.toString());
            }
            send(exchange, 200, certificate.p12(), "application/x-pkcs12");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted.getAndSet(false)) {
                inFlight.decrementAndGet();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(InputStream in) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String pair : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

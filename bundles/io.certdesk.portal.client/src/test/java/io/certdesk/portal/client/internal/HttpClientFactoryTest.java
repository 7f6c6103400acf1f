package io.certdesk.portal.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import io.certdesk.portal.client.ClientSettings;

/** What the client asks of a server beyond the request itself: no content coding, no cookies kept. */
class HttpClientFactoryTest {

    @Test
    void asksForNoContentCodingAndSendsNoCookieBack() throws Exception {
        List<Headers> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestHeaders());
            }
            byte[] text = "answer".getBytes(StandardCharsets.US_ASCII);
            // a server ignoring the request's (absent) Accept-Encoding: the client must not inflate what it never asked for
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(text);
            }
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, zipped.size());
            try (OutputStream out = exchange.getResponseBody()) {
                zipped.writeTo(out);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/download";
        try (CloseableHttpClient client = HttpClientFactory.create(ClientSettings.defaults(), SSLContext.getDefault(),
                "127.0.0.1", new ArrayList<>())) {
            for (int i = 0; i < 2; i++) {
                byte[] body = client.execute(new HttpGet(url), response -> EntityUtils.toByteArray(response.getEntity()));
                assertEquals(0x1f, body[0], "the body as sent (gzip), never inflated");
                assertEquals((byte) 0x8b, body[1]);
            }
        } finally {
            server.stop(0);
        }
        assertEquals(2, seen.size());
        for (Headers headers : seen) {
            assertNull(headers.getFirst("Accept-Encoding"), headers.toString());
            assertNull(headers.getFirst("Cookie"), headers.toString());
        }
    }
}

package io.certdesk.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.certdesk.portal.Fault;
import io.certdesk.portal.FaultInjector;
import io.certdesk.portal.PortalClock;

/**
 * {@code POST /admin/clock}, {@code /admin/busy} and {@code /admin/fault}: lets demos and scripts steer a
 * running portal. Only from a loopback address and with the {@code X-Admin-Token} header holding the token
 * of {@code admin.token}. Answers {@code text/plain} "ok ..." or a 4xx with the reason.
 */
public final class AdminHandler implements HttpHandler {

    public static final String PATH = "/admin/"; //$NON-NLS-1$
    public static final String TOKEN_HEADER = "X-Admin-Token"; //$NON-NLS-1$

    private final byte[] token;
    private final PortalClock clock;
    private final AtomicBoolean busy;
    private final FaultInjector faults;

    public AdminHandler(String token, PortalClock clock, AtomicBoolean busy, FaultInjector faults) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.clock = clock;
        this.busy = busy;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Read the (small) body before any answer: answering with an unread body left the HTTPS connection
            // unusable for the client's next request on it (seen as "header parser received no bytes").
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(4096);
                if (in.read() != -1) {
                    exchange.getResponseHeaders().set("Connection", "close"); //$NON-NLS-1$ //$NON-NLS-2$
                    reply(exchange, 413, "request body larger than 4096 bytes"); //$NON-NLS-1$
                    return;
                }
            }
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                reply(exchange, 403, "forbidden: admin endpoints answer loopback clients only"); //$NON-NLS-1$
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.US_ASCII))) {
                reply(exchange, 403, "forbidden: wrong or missing " + TOKEN_HEADER); //$NON-NLS-1$
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) { //$NON-NLS-1$
                reply(exchange, 405, "use POST"); //$NON-NLS-1$
                return;
            }
            try (FormBody form = FormBody.parse(body)) {
                String action = exchange.getRequestURI().getPath().substring(PATH.length());
                reply(exchange, 200, switch (action) {
                    case "clock" -> clock(form); //$NON-NLS-1$
                    case "busy" -> busy(form); //$NON-NLS-1$
                    case "fault" -> fault(form); //$NON-NLS-1$
                    default -> throw new IllegalArgumentException("unknown admin action " + action); //$NON-NLS-1$
                });
            } catch (IllegalArgumentException | DateTimeParseException e) {
                reply(exchange, 400, "bad request: " + e.getMessage()); //$NON-NLS-1$
            }
        }
    }

    private String clock(FormBody form) {
        if (!form.text("offset").isEmpty()) { //$NON-NLS-1$
            clock.setOffset(Duration.parse(form.text("offset"))); //$NON-NLS-1$
        }
        if (!form.text("advance").isEmpty()) { //$NON-NLS-1$
            clock.advance(Duration.parse(form.text("advance"))); //$NON-NLS-1$
        }
        return "ok clock " + clock.instant() + " offset " + clock.offset(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String busy(FormBody form) {
        busy.set(Boolean.parseBoolean(form.text("on"))); //$NON-NLS-1$
        return "ok busy " + busy.get(); //$NON-NLS-1$
    }

    private String fault(FormBody form) {
        String kind = form.text("kind"); //$NON-NLS-1$
        if (kind.isEmpty() || kind.equals("none")) { //$NON-NLS-1$
            faults.clear();
            return "ok faults cleared"; //$NON-NLS-1$
        }
        Fault fault = FaultSpec.parse(kind, form.text("millis"), form.text("status"), form.text("retry-after")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String count = form.text("count"); //$NON-NLS-1$
        if (count.isEmpty() || count.equals("always")) { //$NON-NLS-1$
            faults.always(fault);
        } else {
            faults.next(Integer.parseInt(count), fault);
        }
        return "ok fault " + fault.kind().option() + ' ' + (count.isEmpty() ? "always" : count); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + '\n').getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

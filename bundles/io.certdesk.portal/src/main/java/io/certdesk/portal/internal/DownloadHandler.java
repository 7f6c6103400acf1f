package io.certdesk.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.certdesk.portal.Fault;
import io.certdesk.portal.FaultInjector;
import io.certdesk.portal.internal.DownloadDesk.Answer;

/**
 * {@code POST /download}: the form fields {@code groupId}, {@code certNumber} and {@code password} in, the
 * PKCS#12 or an error page out, with the injected fault (if any) applied. See docs/portal-protocol.md.
 */
public final class DownloadHandler implements HttpHandler {

    public static final String PATH = "/download"; //$NON-NLS-1$
    public static final String GROUP_FIELD = "groupId"; //$NON-NLS-1$
    public static final String NUMBER_FIELD = "certNumber"; //$NON-NLS-1$
    public static final String PASSWORD_FIELD = "password"; //$NON-NLS-1$
    public static final String PKCS12_TYPE = "application/x-pkcs12"; //$NON-NLS-1$
    public static final String FIRST_DOWNLOAD_HEADER = "X-First-Download"; //$NON-NLS-1$
    private static final int MAX_BODY = 8192;
    private static final int DRIP_CHUNK = 16;

    private final DownloadDesk desk;
    private final FaultInjector faults;

    public DownloadHandler(DownloadDesk desk, FaultInjector faults) {
        this.desk = desk;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (!PATH.equals(path)) {
                boolean form = "/".equals(path) && "GET".equals(exchange.getRequestMethod()); //$NON-NLS-1$ //$NON-NLS-2$
                send(exchange, form ? 200 : 404, AnswerPages.CONTENT_TYPE, form ? AnswerPages.form(PATH) : AnswerPages.status(404));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) { //$NON-NLS-1$
                if ("GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod())) { //$NON-NLS-1$ //$NON-NLS-2$
                    send(exchange, 200, AnswerPages.CONTENT_TYPE, AnswerPages.form(PATH));
                } else {
                    exchange.getResponseHeaders().set("Allow", "GET, POST"); //$NON-NLS-1$ //$NON-NLS-2$
                    send(exchange, 405, AnswerPages.CONTENT_TYPE, AnswerPages.status(405));
                }
                return;
            }
            Optional<Fault> fault = faults.take();
            if (fault.isPresent() && fault.get().kind() == Fault.Kind.LATENCY) {
                sleep(fault.get().delay().toMillis());
            }
            if (fault.isPresent() && fault.get().kind() == Fault.Kind.STATUS) {
                fault.get().retryAfter().ifPresent(
                        d -> exchange.getResponseHeaders().set("Retry-After", Long.toString(d.toSeconds()))); //$NON-NLS-1$
                send(exchange, fault.get().status(), AnswerPages.CONTENT_TYPE, AnswerPages.status(fault.get().status()));
                return;
            }
            Answer answer = answer(exchange);
            switch (answer) {
                case Answer.Delivered delivered -> deliver(exchange, delivered, fault);
                case Answer.AuthenticationFailed a -> send(exchange, 200, AnswerPages.CONTENT_TYPE, AnswerPages.authenticationFailed());
                case Answer.NotAvailable n -> send(exchange, 200, AnswerPages.CONTENT_TYPE, AnswerPages.notAvailable());
                case Answer.Locked locked -> send(exchange, 200, AnswerPages.CONTENT_TYPE, AnswerPages.locked(locked.until()));
                case Answer.Busy b -> send(exchange, 200, AnswerPages.CONTENT_TYPE, AnswerPages.busy());
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // The client sees a dropped connection; the portal's operator sees the cause (never a password).
            System.err.println("portal: " + exchange.getRequestURI() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            exchange.close();
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException, GeneralSecurityException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY);
        }
        try (FormBody form = FormBody.parse(body)) {
            char[] password = form.secret(PASSWORD_FIELD);
            try {
                return desk.answer(form.text(GROUP_FIELD), form.text(NUMBER_FIELD), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private static void deliver(HttpExchange exchange, Answer.Delivered delivered, Optional<Fault> fault) throws IOException {
        Fault.Kind kind = fault.map(Fault::kind).orElse(Fault.Kind.LATENCY);
        if (kind == Fault.Kind.DROP) {
            return; // closing the exchange before any header drops the connection
        }
        byte[] data = delivered.pkcs12();
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + delivered.fileName() + '"'); //$NON-NLS-1$ //$NON-NLS-2$
        exchange.getResponseHeaders().set(FIRST_DOWNLOAD_HEADER, delivered.firstDownload().toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); //$NON-NLS-1$ //$NON-NLS-2$
        String type = kind == Fault.Kind.WRONG_CONTENT_TYPE ? AnswerPages.CONTENT_TYPE : PKCS12_TYPE;
        exchange.getResponseHeaders().set("Content-Type", type); //$NON-NLS-1$
        exchange.sendResponseHeaders(200, data.length);
        OutputStream out = exchange.getResponseBody();
        switch (kind) {
            case TRUNCATED -> {
                out.write(data, 0, data.length / 2);
                out.flush();
                // closing with bytes missing makes the server drop the connection
            }
            case SLOW_DRIP -> {
                for (int i = 0; i < data.length; i += DRIP_CHUNK) {
                    out.write(data, i, Math.min(DRIP_CHUNK, data.length - i));
                    out.flush();
                    sleep(fault.get().delay().toMillis());
                }
                out.close();
            }
            default -> {
                out.write(data);
                out.close();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type); //$NON-NLS-1$
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean head = "HEAD".equals(exchange.getRequestMethod()); //$NON-NLS-1$
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.certdesk.delivery.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;

/**
 * One SMTP conversation of the demo mail sink (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
 * VRFY, QUIT). Lines are capped, messages are capped at 25 MB, and each accepted message is stored with a
 * Return-Path and a Received line naming the envelope recipients.
 */
public final class SinkSession implements Runnable {

    private static final int MAX_LINE = 1024 * 1024;
    private static final int MAX_MESSAGE = 25 * 1024 * 1024;
    private static final String NAME = "certdesk-sink"; //$NON-NLS-1$

    private final Socket socket;
    private final Path folder;
    private final AtomicInteger received;
    private String sender;
    private final List<String> recipients = new ArrayList<>();

    public SinkSession(Socket socket, Path folder, AtomicInteger received) {
        this.socket = socket;
        this.folder = folder;
        this.received = received;
    }

    @Override
    public void run() {
        try (Socket s = socket) {
            s.setSoTimeout(120_000);
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            reply(out, "220 " + NAME + " ESMTP CertDesk demo mail sink"); //$NON-NLS-1$ //$NON-NLS-2$
            String line;
            while ((line = readLine(in)) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) { //$NON-NLS-1$
                    reset();
                    reply(out, "250-" + NAME + "\r\n250-8BITMIME\r\n250-SIZE " + MAX_MESSAGE + "\r\n250 SMTPUTF8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                } else if (upper.startsWith("HELO")) { //$NON-NLS-1$
                    reset();
                    reply(out, "250 " + NAME); //$NON-NLS-1$
                } else if (upper.startsWith("MAIL FROM:")) { //$NON-NLS-1$
                    reset();
                    sender = path(line.substring(10));
                    reply(out, "250 2.1.0 OK"); //$NON-NLS-1$
                } else if (upper.startsWith("RCPT TO:")) { //$NON-NLS-1$
                    if (sender == null) {
                        reply(out, "503 5.5.1 MAIL first"); //$NON-NLS-1$
                    } else if (recipients.size() >= 100) {
                        reply(out, "452 4.5.3 too many recipients"); //$NON-NLS-1$
                    } else {
                        recipients.add(path(line.substring(8)));
                        reply(out, "250 2.1.5 OK"); //$NON-NLS-1$
                    }
                } else if (upper.equals("DATA")) { //$NON-NLS-1$
                    if (recipients.isEmpty()) {
                        reply(out, "503 5.5.1 RCPT first"); //$NON-NLS-1$
                        continue;
                    }
                    reply(out, "354 end with <CRLF>.<CRLF>"); //$NON-NLS-1$
                    byte[] message = readData(in);
                    if (message == null) {
                        reply(out, "552 5.3.4 message too large"); //$NON-NLS-1$
                    } else {
                        reply(out, store(message));
                    }
                    reset();
                } else if (upper.equals("RSET")) { //$NON-NLS-1$
                    reset();
                    reply(out, "250 2.0.0 OK"); //$NON-NLS-1$
                } else if (upper.startsWith("NOOP")) { //$NON-NLS-1$
                    reply(out, "250 2.0.0 OK"); //$NON-NLS-1$
                } else if (upper.startsWith("VRFY")) { //$NON-NLS-1$
                    reply(out, "252 2.1.5 cannot verify"); //$NON-NLS-1$
                } else if (upper.equals("QUIT")) { //$NON-NLS-1$
                    reply(out, "221 2.0.0 bye"); //$NON-NLS-1$
                    return;
                } else {
                    reply(out, "502 5.5.2 command not implemented"); //$NON-NLS-1$
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to store
        }
    }

    private String store(byte[] message) {
        String header = "Return-Path: <" + sender + ">\r\nReceived: from localhost by " + NAME + " for " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.join(", ", recipients) + "; " //$NON-NLS-1$ //$NON-NLS-2$
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"; //$NON-NLS-1$
        int number = received.incrementAndGet();
        Path target = FileNames.freeName(folder, String.format("received-%04d", number), ".eml"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            DurableFiles.write(target, out -> {
                out.write(header.getBytes(StandardCharsets.US_ASCII));
                out.write(message);
            }, WriteMode.CREATE_NEW);
            return "250 2.0.0 OK stored as " + target.getFileName(); //$NON-NLS-1$
        } catch (IOException e) {
            received.decrementAndGet();
            return "451 4.3.0 cannot store the message"; //$NON-NLS-1$
        }
    }

    private void reset() {
        sender = null;
        recipients.clear();
    }

    private static String path(String argument) {
        String value = argument.strip();
        int space = value.indexOf(' ');
        if (space > 0) {
            value = value.substring(0, space);
        }
        if (value.startsWith("<") && value.endsWith(">")) { //$NON-NLS-1$ //$NON-NLS-2$
            value = value.substring(1, value.length() - 1);
        }
        return value.replaceAll("[\\x00-\\x1f\\x7f]", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The message up to the lone dot, dot-unstuffed, with CRLF line ends; null when it exceeds the cap. */
    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        boolean tooLarge = false;
        while (true) {
            byte[] line = readRawLine(in);
            if (line == null) {
                throw new IOException("connection closed during DATA"); //$NON-NLS-1$
            }
            if (line.length == 1 && line[0] == '.') {
                return tooLarge ? null : data.toByteArray();
            }
            int start = line.length > 0 && line[0] == '.' ? 1 : 0;
            if (data.size() + line.length + 2 > MAX_MESSAGE) {
                tooLarge = true;
                data.reset();
            }
            if (!tooLarge) {
                data.write(line, start, line.length - start);
                data.write('\r');
                data.write('\n');
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        byte[] line = readRawLine(in);
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    /** One line without its CRLF (or bare LF); long lines are cut at the cap. */
    private static byte[] readRawLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return java.util.Arrays.copyOf(bytes, length);
            }
            if (line.size() < MAX_LINE) {
                line.write(c);
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        out.flush();
    }
}

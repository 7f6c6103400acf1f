package io.certdesk.portal.client.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.PortalAnswer;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.internal.Outcome.Failed;

/**
 * Reads a complete answer the way the profile describes the portal: an error page recognised by its
 * pattern (busy is the only one worth asking again), 429/503 (asking again only after Retry-After), any
 * other status, a missing or unexpected content type, an unrecognised HTML page, or the PKCS#12.
 */
public final class AnswerInterpreter {

    private static final PortalAnswer[] ORDER = { PortalAnswer.LOCKED, PortalAnswer.AUTHENTICATION_FAILED,
            PortalAnswer.NOT_AVAILABLE, PortalAnswer.BUSY };

    private final PortalProfile profile;

    public AnswerInterpreter(PortalProfile profile) {
        this.profile = profile;
    }

    /**
     * @param contentType the Content-Type header, null when absent
     * @param retryAfter the Retry-After header, null when absent
     * @param disposition the Content-Disposition header, null when absent
     * @param firstDownload the profile's first-download header, null when absent
     */
    public Outcome interpret(int status, String contentType, byte[] body, String retryAfter, String disposition,
            String firstDownload) {
        boolean pkcs12 = contentType != null && mediaType(contentType).equals(mediaType(profile.contentType()));
        if (!pkcs12) {
            String text = new String(body, charset(contentType));
            for (PortalAnswer answer : ORDER) {
                if (profile.answerPattern(answer).matcher(text).find()) {
                    return answer == PortalAnswer.BUSY ? Failed.retryable(answer.code(), "the portal says it is busy") //$NON-NLS-1$
                            : Failed.finalFailure(answer.code(), excerpt(text));
                }
            }
        }
        if (status == 429 || status == 503) {
            Optional<Duration> wait = retryAfter(retryAfter);
            return new Failed(ErrorCode.COMM_SERVER_UNAVAILABLE, "HTTP " + status //$NON-NLS-1$
                    + wait.map(d -> ", Retry-After " + d.toSeconds() + " s").orElse(", no Retry-After"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    wait.isPresent(), wait);
        }
        if (status != 200) {
            return Failed.finalFailure(ErrorCode.COMM_HTTP_STATUS, "HTTP " + status); //$NON-NLS-1$
        }
        if (contentType == null || contentType.isBlank()) {
            return Failed.finalFailure(ErrorCode.COMM_NO_CONTENT_TYPE, "no Content-Type header, " + body.length + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (pkcs12) {
            if (body.length == 0) {
                return Failed.finalFailure(ErrorCode.COMM_TRUNCATED, "the answer announced a PKCS#12 but had no body"); //$NON-NLS-1$
            }
            return new Outcome.Delivered(body, ContentDisposition.fileName(disposition).orElse(profile.defaultFileName()),
                    instant(firstDownload));
        }
        String text = new String(body, charset(contentType));
        if (looksLikeHtml(text)) {
            return Failed.finalFailure(ErrorCode.PORTAL_UNRECOGNISED_ANSWER, excerpt(text));
        }
        return Failed.finalFailure(ErrorCode.COMM_CONTENT_TYPE, "Content-Type " + shortened(TerminalText.clean(contentType)) //$NON-NLS-1$
                + ", expected " + profile.contentType()); //$NON-NLS-1$
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset="); //$NON-NLS-1$
            if (at >= 0) {
                try {
                    return Charset.forName(contentType.substring(at + 8).replace("\"", "").strip()); //$NON-NLS-1$ //$NON-NLS-2$
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * The page's text without tags, terminal escapes and control characters, shortened: what the portal said, for
     * the administrator (it is shown in a terminal and written to logs, so the portal must not drive either).
     */
    static String excerpt(String html) {
        String text = TerminalText.clean(html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return text.length() > 200 ? text.substring(0, 200) + '\u2026' : text;
    }

    private static String shortened(String text) {
        return text.length() > 100 ? text.substring(0, 100) + '\u2026' : text;
    }

    private static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            try {
                Instant when = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.strip(), Instant::from);
                Duration wait = Duration.between(Instant.now(), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> instant(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(header.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

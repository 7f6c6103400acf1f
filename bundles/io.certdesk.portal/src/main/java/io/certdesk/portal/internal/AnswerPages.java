package io.certdesk.portal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The HTML pages of the reference portal, exactly as docs/portal-protocol.md lists them. Error answers are
 * 200 pages in Japanese with an English line, like the portals they model; each carries a stable id.
 */
public final class AnswerPages {

    public static final String CONTENT_TYPE = "text/html; charset=UTF-8"; //$NON-NLS-1$
    public static final String AUTH_FAILED_JA = "\u8a8d\u8a3c\u306b\u5931\u6557\u3057\u307e\u3057\u305f\u3002\u30b0\u30eb\u30fc\u30d7ID\u3001\u8a3c\u660e\u66f8\u756a\u53f7\u3001\u53d6\u5f97\u30d1\u30b9\u30ef\u30fc\u30c9\u3092\u78ba\u8a8d\u3057\u3066\u304f\u3060\u3055\u3044\u3002"; //$NON-NLS-1$
    public static final String NOT_AVAILABLE_JA = "\u8a3c\u660e\u66f8\u304c\u4f5c\u6210\u3055\u308c\u3066\u3044\u306a\u3044\u304b\u3001\u65e2\u306b\u30c0\u30a6\u30f3\u30ed\u30fc\u30c9\u3055\u308c\u3066\u3044\u307e\u3059\u3002"; //$NON-NLS-1$
    public static final String BUSY_JA = "\u305f\u3060\u3044\u307e\u6df7\u307f\u5408\u3063\u3066\u304a\u308a\u307e\u3059\u3002\u3057\u3070\u3089\u304f\u6642\u9593\u3092\u304a\u3044\u3066\u304b\u3089\u518d\u5ea6\u304a\u8a66\u3057\u304f\u3060\u3055\u3044\u3002"; //$NON-NLS-1$
    public static final String LOCKED_JA = "\u3053\u306e\u8a3c\u660e\u66f8\u756a\u53f7\u306f\u30ed\u30c3\u30af\u3055\u308c\u3066\u3044\u307e\u3059\u3002{0} \u4ee5\u964d\u306b\u518d\u5ea6\u304a\u8a66\u3057\u304f\u3060\u3055\u3044\u3002"; //$NON-NLS-1$
    private static final DateTimeFormatter JAPAN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo")); //$NON-NLS-1$ //$NON-NLS-2$

    private AnswerPages() {
    }

    public static byte[] authenticationFailed() {
        return page("ERR-AUTH", AUTH_FAILED_JA, //$NON-NLS-1$
                "Authentication failed. Check the group ID, certificate number and retrieval password."); //$NON-NLS-1$
    }

    public static byte[] notAvailable() {
        return page("ERR-NOT-AVAILABLE", NOT_AVAILABLE_JA, //$NON-NLS-1$
                "The certificate has not been created, or it has already been downloaded."); //$NON-NLS-1$
    }

    public static byte[] busy() {
        return page("ERR-BUSY", BUSY_JA, "The server is busy. Please try again later."); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static byte[] locked(Instant until) {
        return page("ERR-LOCKED", LOCKED_JA.replace("{0}", JAPAN.format(until)), //$NON-NLS-1$ //$NON-NLS-2$
                "This certificate number is locked until " + until + ". Please try again after that time."); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The page of an injected HTTP status fault. */
    public static byte[] status(int status) {
        return page("ERR-HTTP-" + status, "\u30a8\u30e9\u30fc\u304c\u767a\u751f\u3057\u307e\u3057\u305f (HTTP " + status + ")\u3002", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "HTTP " + status + ": the request could not be served."); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The download form (GET /), for a person with a browser. */
    public static byte[] form(String downloadPath) {
        String html = "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>\u8a3c\u660e\u66f8\u53d6\u5f97</title></head>\n" //$NON-NLS-1$
                + "<body><h1>\u8a3c\u660e\u66f8\u53d6\u5f97 (CertDesk reference portal)</h1>\n" //$NON-NLS-1$
                + "<form method=\"post\" action=\"" + downloadPath + "\">\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<label>\u30b0\u30eb\u30fc\u30d7ID <input name=\"groupId\"></label><br>\n" //$NON-NLS-1$
                + "<label>\u8a3c\u660e\u66f8\u756a\u53f7 <input name=\"certNumber\"></label><br>\n" //$NON-NLS-1$
                + "<label>\u53d6\u5f97\u30d1\u30b9\u30ef\u30fc\u30c9 <input name=\"password\" type=\"password\"></label><br>\n" //$NON-NLS-1$
                + "<button type=\"submit\">\u53d6\u5f97</button></form></body></html>\n"; //$NON-NLS-1$
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(String id, String japanese, String english) {
        String html = "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>\u8a3c\u660e\u66f8\u53d6\u5f97 - \u30a8\u30e9\u30fc</title></head>\n" //$NON-NLS-1$
                + "<body><h1>\u8a3c\u660e\u66f8\u53d6\u5f97</h1>\n" //$NON-NLS-1$
                + "<p class=\"error\" id=\"" + id + "\">" + japanese + "</p>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<p class=\"error-en\" lang=\"en\">" + english + "</p>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "</body></html>\n"; //$NON-NLS-1$
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
